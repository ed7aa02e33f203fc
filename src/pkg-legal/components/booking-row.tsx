import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BookingView } from '../../../types/legal-aid-cases';
import { BOOKING_STATUS_LABELS, LEGAL_PAGES, modeName, specialtyName } from '../../../types/legal-aid-names';
import { fmtRange } from '../../lib/cn-time';
import { tapProps } from '../../lib/a11y';
import './legal.css';

const TAG: Record<string, string> = { pending: 'tag', confirmed: 'tag tag-green', completed: 'tag tag-green' };

/** One booking in a list: who, what, when and its state; the content is on its own page. */
export function BookingRow({ b }: { b: BookingView }) {
  const who = b.role === 'resident' ? `${b.lawyerName} ${b.lawyerKind === 'guide' ? '法律明白人' : '律师'}` : b.residentName;
  return (
    <View className='card legal-row legal-booking-row' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `${LEGAL_PAGES.booking}?id=${b.id}` })}>
      <View className='legal-row__head'>
        <Text className='legal-row__title'>{who}</Text>
        <Text className={TAG[b.status] ?? 'tag tag-grey'}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <Text className='legal-row__line'>{fmtRange(b.startAt, b.endAt)}</Text>
      <Text className='legal-row__line'>
        {specialtyName(b.specialty)} · {modeName(b.mode)}
        {b.phoneMasked && b.role === 'volunteer' ? ` · ${b.phoneMasked}` : ''}
      </Text>
    </View>
  );
}
