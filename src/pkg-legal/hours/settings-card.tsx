import { Text, View } from '@tarojs/components';
import type { AvailabilityInput } from '../../../types/legal-aid';
import { Chips } from '../components/chips';

type Settings = Required<Pick<AvailabilityInput, 'slotMinutes' | 'bufferMinutes' | 'minNoticeHours' | 'horizonDays' | 'dailyCap'>>;
const opts = (values: number[], unit: string) => values.map((v) => ({ id: String(v), name: `${v}${unit}` }));
const ROWS: Array<{ key: keyof Settings; label: string; options: Array<{ id: string; name: string }> }> = [
  { key: 'slotMinutes', label: '每次咨询时长', options: opts([15, 20, 30, 45, 60], '分钟') },
  { key: 'bufferMinutes', label: '两次咨询之间休息', options: opts([0, 5, 10, 15, 30], '分钟') },
  { key: 'minNoticeHours', label: '居民至少提前', options: opts([1, 2, 4, 24], '小时') },
  { key: 'horizonDays', label: '可预约未来', options: opts([7, 14, 30], '天') },
  { key: 'dailyCap', label: '每天最多接待', options: opts([2, 4, 6, 8, 10], '人') },
];

/** How slots are cut and booked. */
export function SettingsCard({ value, onChange }: { value: Settings; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <View className='card'>
      <Text className='card-title'>预约规则</Text>
      {ROWS.map((row) => (
        <View key={row.key}>
          <Text className='legal-label'>{row.label}</Text>
          <Chips className={`hours__${row.key}`} options={row.options} value={String(value[row.key])} onChange={([v]) => v && onChange({ [row.key]: Number(v) })} />
        </View>
      ))}
    </View>
  );
}
