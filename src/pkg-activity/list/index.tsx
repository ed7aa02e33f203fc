import { ScrollView, Text } from '@tarojs/components';
import { useState } from 'react';
import { ACTIVITY_TYPES, type ActivityType } from '../../../types/activity-names';
import { call } from '../../api/client';
import { ActivityCard } from '../../components/activity-card';
import { Chip } from '../../components/chip';
import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { useCallOnShow } from '../../hooks/use-call';
import './index.css';

type Scope = 'upcoming' | 'past';
const SCOPES = [
  ['upcoming', '即将开始'],
  ['past', '往期活动'],
] as const;

/** 社区活动 (party members' and residents' alike): activities open to the caller, upcoming or past, filtered by type. */
export default function ActivityList() {
  const [scope, setScope] = useState<Scope>('upcoming');
  const [type, setType] = useState<ActivityType | undefined>();
  // Counts change while the member is on a detail page: reload on return.
  const list = useCallOnShow(() => call('activity', 'list', { scope, ...(type ? { type } : {}) }), `${scope}|${type ?? ''}`);

  return (
    <Page className='activity-list'>
      <Tabs className='activity-list__tab' tabs={SCOPES} value={scope} onChoose={setScope} />
      <ScrollView scrollX className='activity-list__types'>
        <Chip className='activity-list__chip' label='全部' on={!type} onTap={() => setType(undefined)} />
        {ACTIVITY_TYPES.map((t) => (
          <Chip key={t.id} className='activity-list__chip' label={t.name} on={type === t.id} onTap={() => setType(t.id)} />
        ))}
      </ScrollView>
      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data?.items.map((a) => <ActivityCard key={a.id} activity={a} />)}
      {list.data && list.data.items.length === 0 && <Text className='empty'>{scope === 'upcoming' ? '近期暂无可报名的活动' : '暂无往期活动'}</Text>}
    </Page>
  );
}
