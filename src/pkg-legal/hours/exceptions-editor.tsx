import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DayException } from '../../../types/legal-aid';
import { dateInput } from '../../lib/cn-time';
import { DayRanges } from './day-ranges';
import { rangeText } from './ranges';
import { tapProps } from '../../lib/a11y';

/** Dates that differ from the week: a day off, or hours added (also on a holiday, by choice). */
export function ExceptionsEditor({ value, onChange }: { value: DayException[]; onChange: (next: DayException[]) => void }) {
  const [date, setDate] = useState(dateInput(Date.now()));
  const sorted = [...value].sort((a, b) => a.date.localeCompare(b.date));
  const put = (e: DayException) => onChange([...value.filter((x) => x.date !== e.date), e]);
  const current = value.find((e) => e.date === date);
  return (
    <View className='card'>
      <Text className='card-title'>特殊日期</Text>
      <Text className='legal-hint'>某天休息，或在某天（包括节假日）另外加开时段。</Text>
      {sorted.map((e) => (
        <View key={e.date} className='legal-fact hours__exception'>
          <Text>{e.date}</Text>
          <Text className='legal-fact__value'>{e.kind === 'off' ? '休息' : `加开 ${e.ranges.map(rangeText).join(' ')}`}</Text>
          <Text className='hours__remove' {...tapProps('button', { label: `删除${e.date}` })} onClick={() => onChange(value.filter((x) => x.date !== e.date))}>
            删除
          </Text>
        </View>
      ))}
      <View className='hours__add'>
        <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}>
          <Text className='legal-chip hours__date'>{date}</Text>
        </Picker>
        <Text className='legal-chip hours__off' {...tapProps()} onClick={() => put({ date, kind: 'off' })}>
          这天休息
        </Text>
      </View>
      <DayRanges className='hours__extra' label='这天加开' ranges={current?.kind === 'extra' ? current.ranges : []} onChange={(ranges) => (ranges.length ? put({ date, kind: 'extra', ranges }) : onChange(value.filter((x) => x.date !== date)))} />
    </View>
  );
}
