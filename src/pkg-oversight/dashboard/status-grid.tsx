import { Text, View } from '@tarojs/components';
import type { Dashboard } from '../../../types/dashboard';
import { REQUEST_STATUS_LABELS } from '../../../types/request-names';
import { RequestRow } from '../../components/request-row';

/** Counts by status now, and the requests past their deadline, oldest first. */
export function StatusAndOverdue({ d }: { d: Dashboard }) {
  return (
    <>
      <View className='card'>
        <Text className='card-title'>当前诉求</Text>
        <View className='status-grid'>
          {d.statusCounts.map((s) => (
            <View key={s.status} className='status-grid__cell'>
              <Text className='status-grid__count'>{s.count}</Text>
              <Text className='muted'>{REQUEST_STATUS_LABELS[s.status]}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='card'>
        <Text className='card-title'>已逾期（{d.overdue.length}{d.overdue.length >= 20 ? '+' : ''}）</Text>
        {d.overdue.length === 0 && <Text className='muted'>没有逾期的诉求</Text>}
      </View>
      {d.overdue.map((r) => (
        <RequestRow key={r.id} r={r} />
      ))}
    </>
  );
}
