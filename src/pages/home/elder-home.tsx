import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type ReactNode, useState } from 'react';
import type { Me } from '../../../types/functions/user';
import { DisplaySettings } from '../../components/display-settings';
import { Page } from '../../components/page';
import { tapProps } from '../../lib/a11y';
import { openCatalogWith } from '../../lib/catalog-intent';
import { callPhone } from '../../lib/phone-call';

interface Props {
  community: NonNullable<Me['community']>;
  unread: number;
  /** What a newcomer is asked first (how to be addressed). */
  welcome: ReactNode;
}

const go = (url: string) => void Taro.navigateTo({ url });
const findService = (q?: string) => {
  openCatalogWith(q ? { q } : { focus: true });
  void Taro.switchTab({ url: '/pages/catalog/index' });
};

/**
 * 长辈版's 首页: exactly four large tiles and a search box. The box is a plain input with the keyboard's 搜索 key,
 * so the keyboard's own microphone (语音输入) fills it by dictation and 搜索 opens the results.
 */
export function ElderHome({ community, unread, welcome }: Props) {
  const [q, setQ] = useState('');
  const center = community.centers.find((c) => c.center === 'party-mass') ?? community.centers[0];
  const tiles = [
    { key: 'find', title: '找服务', hint: '查办事指南', tap: () => findService() },
    { key: 'requests', title: '我的办件', hint: '看办理进度', tap: () => go('/pkg-service/mine/index') },
    { key: 'inbox', title: '消息', hint: unread > 0 ? `${unread}条未读` : '没有未读', tap: () => go('/pages/inbox/index') },
    ...(center ? [{ key: 'call', title: '拨打社区电话', hint: center.phone, tap: () => callPhone(center.phone) }] : []),
  ];
  return (
    <Page className='home home--elder'>
      <View className='home__banner'>
        <Text className='home__community'>{community.name}</Text>
        <Text className='home__street'>{community.streetName}</Text>
      </View>
      {welcome}
      <View className='elder-home__search'>
        <Input className='field-input elder-home__input' confirmType='search' value={q} placeholder='说出或输入，如：低保' onInput={(e) => setQ(e.detail.value)} onConfirm={() => findService(q.trim())} />
        <Button className='btn-primary elder-home__go' onClick={() => findService(q.trim())}>
          搜索
        </Button>
      </View>
      <View className='elder-home__tiles'>
        {tiles.map((t) => (
          <View key={t.key} className={`elder-home__tile elder-home__tile--${t.key}`} {...tapProps('button', { label: `${t.title}，${t.hint}` })} onClick={t.tap}>
            <Text className='elder-home__tile-title'>{t.title}</Text>
            <Text className='elder-home__tile-hint'>{t.hint}</Text>
          </View>
        ))}
      </View>
      <DisplaySettings />
    </Page>
  );
}
