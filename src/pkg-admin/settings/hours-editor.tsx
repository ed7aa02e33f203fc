import { Button, Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { WEEKDAYS, WEEKDAY_NAMES, type OfficeHours, type TimeRange, type Weekday } from '../../../types/working-hours';

/** Office hours per weekday, as time ranges (a lunch break is two ranges); they drive every request's clock. */
export function HoursEditor({ initial, busy, onSave }: { initial: OfficeHours; busy: boolean; onSave: (hours: OfficeHours) => void }) {
  const [hours, setHours] = useState<OfficeHours>(initial);
  const setDay = (day: Weekday, ranges: TimeRange[]) => setHours({ ...hours, [day]: ranges });
  const setRange = (day: Weekday, i: number, part: 'start' | 'end', value: string) => setDay(day, hours[day].map((r, j) => (j === i ? { ...r, [part]: value } : r)));
  return (
    <View>
      {WEEKDAYS.map((day) => (
        <View key={day} className='settings__day'>
          <Text className='settings__weekday'>{WEEKDAY_NAMES[day]}</Text>
          <View className='settings__ranges'>
            {hours[day].length === 0 && <Text className='muted'>休息</Text>}
            {hours[day].map((r, i) => (
              <View key={i} className='settings__range'>
                <Picker mode='time' value={r.start} onChange={(e) => setRange(day, i, 'start', String(e.detail.value))}>
                  <Text className='settings__time'>{r.start}</Text>
                </Picker>
                <Text> 至 </Text>
                <Picker mode='time' value={r.end} onChange={(e) => setRange(day, i, 'end', String(e.detail.value))}>
                  <Text className='settings__time'>{r.end}</Text>
                </Picker>
                <Text className='settings__remove' onClick={() => setDay(day, hours[day].filter((_, j) => j !== i))}>
                  删除
                </Text>
              </View>
            ))}
            {hours[day].length < 4 && (
              <Text className='settings__add' onClick={() => setDay(day, [...hours[day], { start: '14:00', end: '17:30' }])}>
                ＋ 添加时段
              </Text>
            )}
          </View>
        </View>
      ))}
      <Button className='btn-primary settings__save' loading={busy} onClick={() => onSave(hours)}>
        保存办公时间
      </Button>
    </View>
  );
}
