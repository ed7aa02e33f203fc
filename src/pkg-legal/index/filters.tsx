import { Text, View } from '@tarojs/components';
import { SERVICE_MODES, SPECIALTIES, type ServiceMode, type Specialty } from '../../../types/legal-aid-names';
import { dateInput, dayAt, fmtDateTime } from '../../lib/cn-time';
import { Chips, type ChipOption } from '../components/chips';

export interface LawyerFilter {
  specialty: Specialty | null;
  mode: ServiceMode | null;
  date: string | null;
}

const ANY = { id: 'any', name: '不限' } as const;
/** The next seven days, by name: 今天, 明天, then 12月3日 周四. */
function nextDays(now: number): ChipOption<string>[] {
  return Array.from({ length: 7 }, (_, i) => {
    const ms = dayAt(now, i, '12:00');
    return { id: dateInput(ms), name: i === 0 ? '今天' : i === 1 ? '明天' : fmtDateTime(ms).slice(0, -6) };
  });
}

/** Choose a volunteer by what the problem is about, how to talk, and when. */
export function Filters({ value, onChange }: { value: LawyerFilter; onChange: (next: LawyerFilter) => void }) {
  const pick = <K extends keyof LawyerFilter>(key: K) => (ids: string[]) => onChange({ ...value, [key]: ids[0] === 'any' ? null : (ids[0] ?? null) });
  return (
    <View className='card'>
      <Text className='legal-label'>遇到的是什么问题</Text>
      <Chips className='legal-home__specialty' options={[ANY, ...SPECIALTIES]} value={value.specialty ?? 'any'} onChange={pick('specialty')} />
      <Text className='legal-label'>咨询方式</Text>
      <Chips className='legal-home__mode' options={[ANY, ...SERVICE_MODES]} value={value.mode ?? 'any'} onChange={pick('mode')} />
      <Text className='legal-label'>哪天有空</Text>
      <Chips className='legal-home__date' options={[ANY, ...nextDays(Date.now())]} value={value.date ?? 'any'} onChange={pick('date')} />
    </View>
  );
}
