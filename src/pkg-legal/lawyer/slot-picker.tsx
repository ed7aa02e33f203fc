import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SlotDay } from '../../../types/legal-aid';
import { fmtDateTime, fmtTime } from '../../lib/cn-time';
import { tapProps } from '../../lib/a11y';

const dayLabel = (d: SlotDay, startAt: number | undefined) => {
  const [, month, day] = d.date.split('-').map(Number) as [number, number, number];
  const weekday = startAt ? fmtDateTime(startAt).split(' ')[1] : '';
  return `${month}月${day}日 ${weekday}${d.kind === 'makeup' ? '（调休上班）' : d.kind === 'holiday' ? `（${d.holiday ?? '节假日'}加开）` : ''}`;
};

/** The free consultations day by day: pick a day, then a time. */
export function SlotPicker({ days, busy, onPick }: { days: SlotDay[]; busy: boolean; onPick: (startAt: number) => void }) {
  const open = days.filter((d) => d.slots.length > 0 || d.full);
  const [index, setIndex] = useState(0);
  const day = open[Math.min(index, open.length - 1)];
  if (!day) return <Text className='empty'>近期没有可约的时段，可以提交快速咨询</Text>;
  return (
    <View className='card'>
      <Text className='legal-label'>选择日期</Text>
      <View className='legal-chips'>
        {open.map((d, i) => (
          <Text key={d.date} className={`legal-chip legal-lawyer__day ${d === day ? 'legal-chip--on' : ''}`} {...tapProps('radio', { checked: d === day })} onClick={() => setIndex(i)}>
            {dayLabel(d, d.slots[0]?.startAt)}
            {d.provisional ? '*' : ''}
          </Text>
        ))}
      </View>
      <Text className='legal-label'>选择时间（每次约{day.slots[0] ? Math.round((day.slots[0].endAt - day.slots[0].startAt) / 60000) : 30}分钟）</Text>
      {day.full && <Text className='legal-hint'>当天预约已满，请选择其他日期</Text>}
      <View className='legal-lawyer__slots'>
        {day.slots.map((s) => (
          <Button key={s.startAt} className='legal-lawyer__slot' disabled={busy} onClick={() => onPick(s.startAt)}>
            {fmtTime(s.startAt)}
          </Button>
        ))}
      </View>
      {open.some((d) => d.provisional) && <Text className='legal-hint'>* 该年度节假日安排尚未发布，时段按平常周几安排，如遇放假以志愿者通知为准。</Text>}
    </View>
  );
}
