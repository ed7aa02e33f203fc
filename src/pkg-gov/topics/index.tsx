import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { GOV_PAGES, TOPIC_KIND_LABELS } from '../../../types/governance';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { tapProps } from '../../lib/a11y';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import '../components/gov.css';

/** 大事共议: the community's topics, open ones first; 征求意见 and 业主表决 always labelled apart. */
export default function Topics() {
  const list = useCallOnShow(() => call('governance', 'topics', {}), 'topics');
  return (
    <Page className='gov-topics'>
      {list.data?.officer && (
        <Button className='btn-primary gov-topics__new' onClick={() => void Taro.navigateTo({ url: '/pkg-gov/topic-new/index' })}>
          发起议题
        </Button>
      )}
      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data?.items.map((t) => (
        <View key={t.id} className='card gov-topics__row' {...tapProps('link')} onClick={() => void Taro.navigateTo({ url: `${GOV_PAGES.topic}?id=${t.id}` })}>
          <Text className={`gov-banner gov-banner--${t.kind}`}>{TOPIC_KIND_LABELS[t.kind]}</Text>
          <Text className='gov-row__title'>{t.title}</Text>
          <Text className='muted gov-line'>
            {t.buildings.join('、')}
            {t.entrance ? `${t.entrance}单元` : ''} · {t.open ? `${fmtDateTime(t.deadline)}截止` : '已截止，结果已公布'}
          </Text>
        </View>
      ))}
      {list.data?.items.length === 0 && <Text className='empty'>暂无议题</Text>}
    </Page>
  );
}
