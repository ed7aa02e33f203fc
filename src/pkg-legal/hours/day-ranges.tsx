import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TimeRange } from '../../../types/working-hours';
import { addRange, PRESETS, rangeText } from './ranges';
import { tapProps } from '../../lib/a11y';

/** One day's windows: tap one to remove it; add a ready-made one, or one's own with two time pickers. */
export function DayRanges({ label, ranges, onChange, className }: { label: string; ranges: TimeRange[]; onChange: (next: TimeRange[]) => void; className: string }) {
  const [custom, setCustom] = useState<TimeRange>({ start: '09:00', end: '11:00' });
  const [problem, setProblem] = useState<string | null>(null);
  const add = (range: TimeRange) => {
    const next = addRange(ranges, range);
    setProblem(typeof next === 'string' ? next : null);
    if (typeof next !== 'string') onChange(next);
  };
  return (
    <View className={`hours__day ${className}`}>
      <View className='hours__day-head'>
        <Text className='hours__day-name'>{label}</Text>
        {ranges.length === 0 && <Text className='muted'>不值班</Text>}
        {ranges.map((r, i) => (
          <Text key={rangeText(r)} className='tag hours__range' {...tapProps('button', { label: `删除 ${rangeText(r)}` })} onClick={() => onChange(ranges.filter((_, j) => j !== i))}>
            {rangeText(r)} ✕
          </Text>
        ))}
      </View>
      <View className='hours__add'>
        {PRESETS.map((p) => (
          <Text key={p.name} className={`legal-chip hours__preset hours__preset--${p.key}`} {...tapProps()} onClick={() => add(p.range)}>
            +{p.name}
          </Text>
        ))}
        <Picker mode='time' value={custom.start} onChange={(e) => setCustom({ ...custom, start: String(e.detail.value) })}>
          <Text className='legal-chip'>{custom.start}</Text>
        </Picker>
        <Text>至</Text>
        <Picker mode='time' value={custom.end} onChange={(e) => setCustom({ ...custom, end: String(e.detail.value) })}>
          <Text className='legal-chip'>{custom.end}</Text>
        </Picker>
        <Text className='legal-chip hours__custom' {...tapProps()} onClick={() => add(custom)}>
          +添加
        </Text>
      </View>
      {problem && <Text className='legal-error'>{problem}</Text>}
    </View>
  );
}
