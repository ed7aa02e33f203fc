import { Text } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { useCallOnShow } from '../../hooks/use-call';
import { RequestRow } from '../../components/request-row';
import './index.css';

const TABS = [
  { id: 'pending', name: '待受理' },
  { id: 'active', name: '处理中' },
  { id: 'overdue', name: '已逾期' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** 诉求办理: the requests of the grids and teams the caller works in, by deadline. */
export default function GridInbox() {
  const [tab, setTab] = useState<Tab>('pending');
  const inbox = useCallOnShow(() => call('grid', 'inbox', { tab }), tab);
  const counts = inbox.data?.counts;

  return (
    <Page className='inbox'>
      <Tabs className='inbox__tab' tabs={TABS.map((t) => [t.id, `${t.name}${counts ? `（${counts[t.id]}）` : ''}`] as const)} value={tab} onChoose={setTab} />
      {inbox.error && <Text className='error'>{inbox.error.message}</Text>}
      {inbox.data && inbox.data.items.length === 0 && <Text className='empty'>{tab === 'overdue' ? '没有逾期的诉求' : '暂无诉求'}</Text>}
      {inbox.data?.items.map((r) => (
        <RequestRow key={r.id} r={r} />
      ))}
    </Page>
  );
}
