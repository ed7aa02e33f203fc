import { Text, View } from '@tarojs/components';
import type { RateRow } from '../../../types/dashboard';

export const METRICS = [
  { id: 'responseRate', name: '响应率', done: 'acceptedOnTime', due: 'acceptDue', note: '按时受理 ÷ 应受理' },
  { id: 'resolveRate', name: '办结率', done: 'resolvedOnTime', due: 'resolveDue', note: '按时办结 ÷ 应办结' },
  { id: 'satisfactionRate', name: '满意率', done: 'satisfied', due: 'rated', note: '满意和基本满意 ÷ 已评价' },
] as const;
export type Metric = (typeof METRICS)[number];

const tone = (rate: number) => (rate >= 0.9 ? 'good' : rate >= 0.7 ? 'fair' : 'poor');

/** One bar per row, its length the rate, with the numbers written out: read at a glance, no chart library. */
export function RateBars({ rows, metric }: { rows: readonly RateRow[]; metric: Metric }) {
  return (
    <View className='bars'>
      {rows.map((row) => {
        const rate = row[metric.id];
        return (
          <View key={row.key} className='bars__row'>
            <Text className='bars__name'>{row.name}</Text>
            <View className='bars__track'>
              {rate !== null && <View className={`bars__fill bars__fill--${tone(rate)}`} style={{ width: `${Math.max(2, Math.round(rate * 100))}%` }} />}
            </View>
            <Text className='bars__figure'>
              {rate === null ? '暂无' : `${Math.round(rate * 100)}%`}
              <Text className='muted'> {row[metric.done]}/{row[metric.due]}</Text>
            </Text>
          </View>
        );
      })}
    </View>
  );
}
