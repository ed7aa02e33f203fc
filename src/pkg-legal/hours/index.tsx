import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AvailabilityInput } from '../../../types/legal-aid';
import { WEEKDAY_NAMES, WEEKDAYS } from '../../../types/working-hours';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import '../components/legal.css';
import { DayRanges } from './day-ranges';
import { ExceptionsEditor } from './exceptions-editor';
import { SettingsCard } from './settings-card';
import { Page } from '../../components/page';
import './index.css';

const EMPTY_WEEK = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const START: Required<AvailabilityInput> = { weekly: EMPTY_WEEK, exceptions: [], slotMinutes: 30, bufferMinutes: 10, minNoticeHours: 2, horizonDays: 14, dailyCap: 6 };

/** 值班时间: the volunteer's weekly windows, date exceptions and booking rules, in Beijing time. */
export default function HoursPage() {
  const mine = useCall(() => call('legal-aid', 'myVolunteer', {}), 'mine');
  const [av, setAv] = useState<Required<AvailabilityInput>>(START);
  const act = useAction();
  const saved = mine.data?.volunteer?.availability;
  useEffect(() => {
    if (saved) setAv(saved);
  }, [saved]);
  const set = (patch: Partial<AvailabilityInput>) => setAv((a) => ({ ...a, ...patch }));

  if (mine.error && !mine.data) return <Text className='error'>{mine.error.message}</Text>;
  return (
    <Page className='hours'>
      <View className='card'>
        <Text className='card-title'>每周值班</Text>
        <Text className='legal-hint'>法定节假日不开放预约（可在“特殊日期”中加开）。调休上班日按您周一至周五最常见的时段值班；若您大多数工作日不值班，调休日也不开放。</Text>
        {WEEKDAYS.map((d) => (
          <DayRanges key={d} className={`hours__day--${d}`} label={WEEKDAY_NAMES[d]} ranges={av.weekly[d]} onChange={(ranges) => set({ weekly: { ...av.weekly, [d]: ranges } })} />
        ))}
      </View>
      <ExceptionsEditor value={av.exceptions} onChange={(exceptions) => set({ exceptions })} />
      <SettingsCard value={av} onChange={set} />
      {act.notice && <Text className='legal-notice hours__notice'>{act.notice}</Text>}
      {act.error && <Text className='error hours__error'>{act.error}</Text>}
      <Button className='btn-primary hours__save' loading={act.busy} disabled={act.busy} onClick={() => void act.run(() => call('legal-aid', 'setAvailability', av).then(() => '值班时间已保存，居民现在可以预约'))}>
        保存
      </Button>
    </Page>
  );
}
