import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LEGAL_PAGES, QUESTION_STATUS_LABELS, specialtyName } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { BookingRow } from '../components/booking-row';
import { Page } from '../../components/page';
import { tapProps, groupProps } from '../../lib/a11y';
import '../components/legal.css';

/** 我的法律咨询: the resident's bookings and quick questions; each opens on its own page. */
export default function MyLegal() {
  const [tab, setTab] = useState<'bookings' | 'questions'>('bookings');
  const mine = useCallOnShow(() => call('legal-aid', 'mine', {}), 'mine');
  const data = mine.data;
  return (
    <Page className='my-legal'>
      <View className='legal-tabs' {...groupProps('tablist')}>
        <Text className={`legal-tab ${tab === 'bookings' ? 'legal-tab--on' : ''}`} {...tapProps('tab', { selected: tab === 'bookings' })} onClick={() => setTab('bookings')}>
          预约咨询
        </Text>
        <Text className={`legal-tab my-legal__questions-tab ${tab === 'questions' ? 'legal-tab--on' : ''}`} {...tapProps('tab', { selected: tab === 'questions' })} onClick={() => setTab('questions')}>
          快速咨询
        </Text>
      </View>
      {mine.error && <Text className='error'>{mine.error.message}</Text>}
      {tab === 'bookings' && data?.bookings.map((b) => <BookingRow key={b.id} b={b} />)}
      {tab === 'bookings' && data?.bookings.length === 0 && <Text className='empty'>还没有预约，可以在“法律援助”中选择志愿者</Text>}
      {tab === 'questions' &&
        data?.questions.map((q) => (
          <View key={q.id} className='card legal-row my-legal__question' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `${LEGAL_PAGES.question}?id=${q.id}` })}>
            <View className='legal-row__head'>
              <Text className='legal-row__title'>{specialtyName(q.specialty)}</Text>
              <Text className={q.status === 'answered' ? 'tag tag-green' : 'tag'}>{QUESTION_STATUS_LABELS[q.status]}</Text>
            </View>
            <Text className='legal-row__line'>提问于 {fmtDateTime(q.askedAt)}</Text>
          </View>
        ))}
      {tab === 'questions' && data?.questions.length === 0 && <Text className='empty'>还没有快速咨询</Text>}
      <Text className='link my-legal__home' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: LEGAL_PAGES.home })}>
        去预约志愿者 ›
      </Text>
    </Page>
  );
}
