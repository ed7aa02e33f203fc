import { Text, View } from '@tarojs/components';
import { BOOKING_STATUS_LABELS, kindName, modeName, specialtyName } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { useCall } from '../../hooks/use-call';

const FACT: FactClasses = { row: 'legal-fact', label: 'muted', value: 'legal-fact__value' };
const minutes = (m: number | null) => (m === null ? '—' : m < 120 ? `${m}分钟` : `${Math.round(m / 6) / 10}小时`);

/** The team in figures: how many, what about, how fast answered, how rated. Never what anyone said. */
export function StatsView() {
  // Mounted when its tab is chosen, after the page was shown: useCall, not useCallOnShow.
  const stats = useCall(() => call('legal-aid', 'stats', {}), 'stats');
  const s = stats.data;
  if (stats.error) return <Text className='error'>{stats.error.message}</Text>;
  if (!s) return <Text className='empty'>加载中…</Text>;
  return (
    <View className='legal-admin__stats'>
      <View className='card'>
        <Text className='card-title'>{s.year}年 · {s.communities.map((c) => c.name).join('、')}</Text>
        <FactRow classes={FACT} label='预约咨询' value={`${s.bookings.total} 次`} />
        {s.bookings.byStatus.map((x) => <FactRow key={x.status} classes={FACT} label={`　${BOOKING_STATUS_LABELS[x.status]}`} value={`${x.count}`} />)}
        <FactRow classes={FACT} label='志愿者回复用时（中位数）' value={minutes(s.response.medianMinutes)} />
        <FactRow classes={FACT} label='居民评分' value={s.ratings.average === null ? '暂无' : `${s.ratings.average}（${s.ratings.count}次）`} />
        <FactRow classes={FACT} label='快速咨询' value={`${s.questions.asked} 个，已答复 ${s.questions.answered}`} />
      </View>
      <View className='card'>
        <Text className='card-title'>咨询类别</Text>
        {s.bookings.bySpecialty.map((x) => <FactRow key={x.specialty} classes={FACT} label={specialtyName(x.specialty)} value={`${x.count}`} />)}
        {s.bookings.byMode.map((x) => <FactRow key={x.mode} classes={FACT} label={modeName(x.mode)} value={`${x.count}`} />)}
      </View>
      <View className='card'>
        <Text className='card-title'>志愿者</Text>
        {s.volunteers.map((v) => (
          <FactRow key={v.id} classes={FACT} label={`${v.name}（${kindName(v.kind)}）`} value={`服务${v.completedCount}次${v.ratingAverage !== null ? ` · ${v.ratingAverage}分` : ''}${v.paused ? ' · 暂停' : ''}`} />
        ))}
      </View>
    </View>
  );
}
