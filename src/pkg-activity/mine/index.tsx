import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { HistoryItem } from '../../../types/activity';
import { ACTIVITY_DETAIL_PAGE, activityTypeName } from '../../../types/activity-names';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { ActivityCard } from '../../components/activity-card';
import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { tapProps } from '../../lib/a11y';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtRange } from '../../lib/cn-time';
import './index.css';

const TABS = [
  ['upcoming', '即将参加'],
  ['history', '参加记录'],
] as const;
const STAT: FactClasses = { row: 'my-activities__stat', label: 'muted', value: 'my-activities__stat-value' };

/** 我的活动: what the member signed up for, and their record of past activities with hours. */
export default function MyActivities() {
  const [tab, setTab] = useState<'upcoming' | 'history'>('upcoming');
  const upcoming = useCallOnShow(() => call('activity', 'mySignups', {}), 'up', tab === 'upcoming');
  const history = useCallOnShow(() => call('activity', 'history', {}), 'hist', tab === 'history');

  return (
    <Page className='my-activities'>
      <Tabs className='my-activities__tab' tabs={TABS} value={tab} onChoose={setTab} />

      {tab === 'upcoming' && (
        <View>
          {upcoming.error && <Text className='error'>{upcoming.error.message}</Text>}
          {upcoming.data?.items.map((a) => <ActivityCard key={a.id} activity={a} />)}
          {upcoming.data?.items.length === 0 && <Text className='empty'>暂无已报名的活动</Text>}
        </View>
      )}

      {tab === 'history' && history.data && (
        <View>
          <View className='card my-activities__summary'>
            <FactRow classes={STAT} valueFirst label='累计参加' value={`${history.data.attendedCount} 次`} />
            <FactRow classes={STAT} valueFirst label='累计时长' value={`${history.data.totalHours} 小时`} />
            <FactRow classes={STAT} valueFirst label='今年时长' value={`${history.data.yearHours} 小时`} />
          </View>
          {history.data.items.map((item) => (
            <HistoryRow key={item.activityId} item={item} />
          ))}
          {history.data.items.length === 0 && <Text className='empty'>暂无参加记录</Text>}
        </View>
      )}
      {tab === 'history' && history.error && <Text className='error'>{history.error.message}</Text>}
    </Page>
  );
}

function outcome(item: HistoryItem): { text: string; className: string } {
  if (item.activityStatus === 'cancelled') return { text: '活动取消', className: 'tag tag-grey' };
  if (item.attended) return { text: `已参加 ${item.hours} 小时`, className: 'tag tag-green' };
  if (item.signupStatus === 'waitlisted') return { text: '候补未递补', className: 'tag tag-grey' };
  return { text: '未签到', className: 'tag tag-grey' };
}

function HistoryRow({ item }: { item: HistoryItem }) {
  const o = outcome(item);
  return (
    <View className='card my-activities__row' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `${ACTIVITY_DETAIL_PAGE}?id=${item.activityId}` })}>
      <View className='my-activities__row-head'>
        <Text className='my-activities__row-title'>{item.title}</Text>
        <Text className={o.className}>{o.text}</Text>
      </View>
      <Text className='muted'>
        {activityTypeName(item.type)} · {item.unitName}
      </Text>
      <Text className='muted my-activities__row-when'>{fmtRange(item.startAt, item.endAt)}</Text>
    </View>
  );
}
