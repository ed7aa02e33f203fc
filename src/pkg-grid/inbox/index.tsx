import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
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
    <View className='page inbox'>
      <View className='inbox__tabs'>
        {TABS.map((t) => (
          <Text key={t.id} className={`inbox__tab ${tab === t.id ? 'inbox__tab--on' : ''} ${t.id === 'overdue' && (counts?.overdue ?? 0) > 0 ? 'inbox__tab--late' : ''}`} onClick={() => setTab(t.id)}>
            {t.name}
            {counts ? `（${counts[t.id]}）` : ''}
          </Text>
        ))}
      </View>
      {inbox.error && <Text className='error'>{inbox.error.message}</Text>}
      {inbox.data && inbox.data.items.length === 0 && <Text className='empty'>{tab === 'overdue' ? '没有逾期的诉求' : '暂无诉求'}</Text>}
      {inbox.data?.items.map((r) => (
        <RequestRow key={r.id} r={r} />
      ))}
    </View>
  );
}
