import { Text, View } from '@tarojs/components';
import type { BookingDetail } from '../../../types/legal-aid-cases';
import { BOOKING_STATUS_LABELS, kindName, modeName, serviceName, specialtyName } from '../../../types/legal-aid-names';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { fmtDateTime, fmtRange } from '../../lib/cn-time';

const FACT: FactClasses = { row: 'legal-fact', label: 'muted', value: 'legal-fact__value' };

/** Who, when, how and where the consultation stands; the reasons the other side gave. */
export function BookingFacts({ b }: { b: BookingDetail }) {
  const resident = b.role === 'resident';
  return (
    <View className='card'>
      <View className='legal-row__head'>
        <Text className='legal-row__title'>{resident ? `${b.lawyerName}（${kindName(b.lawyerKind)}）` : b.residentName}</Text>
        <Text className='tag legal-booking__status'>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <FactRow classes={FACT} label='时间' value={fmtRange(b.startAt, b.endAt)} />
      <FactRow classes={FACT} label='类别' value={`${specialtyName(b.specialty)} · ${serviceName(b.service)}`} />
      <FactRow classes={FACT} label='方式' value={modeName(b.mode)} />
      {b.place && <FactRow classes={FACT} label='地点' value={b.place} />}
      {b.mode === 'phone' && <FactRow classes={FACT} label='电话' value={b.phone ?? b.phoneMasked ?? '—'} />}
      {b.status === 'pending' && <FactRow classes={FACT} label='待确认至' value={fmtDateTime(b.expiresAt)} />}
      {b.rescheduled && <FactRow classes={FACT} label='改期' value='已改期一次' />}
      {b.declineReason && <FactRow classes={FACT} label='未接受原因' value={b.declineReason} />}
      {b.cancelReason && <FactRow classes={FACT} label='取消原因' value={b.cancelReason} />}
      <FactRow classes={FACT} label='费用' value='免费' />
    </View>
  );
}
