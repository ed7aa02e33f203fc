import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ACTIVITY_TYPES, type ActivityType } from '../../../types/activity-names';
import { call } from '../../api/client';
import { ActivityCard } from '../../components/activity-card';
import { useCallOnShow } from '../../hooks/use-call';
import './index.css';

type Scope = 'upcoming' | 'past';

/** 党员活动: activities open to the caller, upcoming or past, filtered by type. */
export default function ActivityList() {
  const [scope, setScope] = useState<Scope>('upcoming');
  const [type, setType] = useState<ActivityType | undefined>();
  // Counts change while the member is on a detail page: reload on return.
  const list = useCallOnShow(() => call('activity', 'list', { scope, ...(type ? { type } : {}) }), `${scope}|${type ?? ''}`);

  return (
    <View className='page activity-list'>
      <View className='activity-list__tabs'>
        {(['upcoming', 'past'] as const).map((s) => (
          <Text key={s} data-scope={s} className={`activity-list__tab ${scope === s ? 'activity-list__tab--on' : ''}`} onClick={() => setScope(s)}>
            {s === 'upcoming' ? '即将开始' : '往期活动'}
          </Text>
        ))}
      </View>
      <ScrollView scrollX className='activity-list__types'>
        <Text className={`activity-list__chip ${!type ? 'activity-list__chip--on' : ''}`} onClick={() => setType(undefined)}>
          全部
        </Text>
        {ACTIVITY_TYPES.map((t) => (
          <Text key={t.id} data-type={t.id} className={`activity-list__chip ${type === t.id ? 'activity-list__chip--on' : ''}`} onClick={() => setType(t.id)}>
            {t.name}
          </Text>
        ))}
      </ScrollView>
      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data?.items.map((a) => <ActivityCard key={a.id} activity={a} />)}
      {list.data && list.data.items.length === 0 && <Text className='empty'>{scope === 'upcoming' ? '近期暂无可报名的活动' : '暂无往期活动'}</Text>}
    </View>
  );
}
