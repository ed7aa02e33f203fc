import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MyVolunteer } from '../../../types/legal-aid';
import { kindName, LEGAL_PAGES, VOLUNTEER_STATUS_LABELS } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import type { ActionState } from '../../hooks/use-action';

/** Where the application stands; a verified volunteer's way to their desk, hours, record, pause and leave. */
export function VolunteerStatus({ v, act, onEdit }: { v: MyVolunteer; act: ActionState; onEdit: () => void }) {
  const [leaving, setLeaving] = useState(false);
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const verified = v.status === 'verified';
  return (
    <View className='card apply__status'>
      <View className='legal-row__head'>
        <Text className='legal-row__title'>{v.realName}（{kindName(v.kind)}）</Text>
        <Text className='tag apply__state'>{verified && v.paused ? '暂停服务' : VOLUNTEER_STATUS_LABELS[v.status]}</Text>
      </View>
      <Text className='legal-row__line'>{v.unitName}</Text>
      {v.status === 'pending' && <Text className='legal-hint'>申请已提交，服务队所在社区或街道的管理员审核后会通知您。</Text>}
      {verified && !v.availability && <Text className='legal-notice'>请先设置值班时间，居民才能预约您。</Text>}
      <View className='legal-buttons'>
        {verified && <Button className='btn-primary apply__desk' onClick={go(LEGAL_PAGES.desk)}>律师工作台</Button>}
        {verified && <Button className='legal-secondary apply__hours' onClick={go(LEGAL_PAGES.hours)}>值班时间</Button>}
        {verified && <Button className='legal-secondary' onClick={go(LEGAL_PAGES.record)}>服务记录证明</Button>}
        {verified && <Button className='legal-secondary' onClick={onEdit}>修改擅长领域和服务方式</Button>}
        {verified && (
          <Button className='legal-secondary apply__pause' disabled={act.busy} onClick={() => void act.run(() => call('legal-aid', 'pause', { paused: !v.paused }).then((x) => (x.paused ? '已暂停，居民暂时看不到您' : '已恢复服务')))}>
            {v.paused ? '恢复服务' : '暂停服务'}
          </Button>
        )}
        {!leaving && <Button className='legal-secondary apply__leave' onClick={() => setLeaving(true)}>{verified ? '退出志愿服务队' : '撤回申请'}</Button>}
        {leaving && (
          <Button className='btn-primary apply__leave-yes' loading={act.busy} onClick={() => void act.run(() => call('legal-aid', 'leave', {}).then(() => '已退出'))}>
            确认{verified ? '退出' : '撤回'}
          </Button>
        )}
      </View>
    </View>
  );
}
