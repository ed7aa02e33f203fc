import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LEGAL_PAGES } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { BookingRow } from '../components/booking-row';
import '../components/legal.css';
import { QuestionLists } from './question-lists';
import { Page } from '../../components/page';
import { tapProps, groupProps } from '../../lib/a11y';
import './index.css';

type Tab = 'requests' | 'upcoming' | 'toRecord' | 'questions';
const TABS: Array<[Tab, string]> = [
  ['requests', '待确认'],
  ['upcoming', '近期咨询'],
  ['toRecord', '待登记'],
  ['questions', '快速咨询'],
];
const EMPTY: Record<Exclude<Tab, 'questions'>, string> = { requests: '没有待确认的预约', upcoming: '近期没有已确认的咨询', toRecord: '没有待登记结果的咨询' };

/** 律师工作台: requests to accept, today and upcoming, outcomes to record, quick questions to take. */
export default function DeskPage() {
  const [tab, setTab] = useState<Tab>('requests');
  const agenda = useCallOnShow(() => call('legal-aid', 'agenda', {}), 'agenda');
  const data = agenda.data;
  const count = (t: Tab) => (t === 'questions' || !data ? '' : ` ${data[t].length}`);
  return (
    <Page className='desk'>
      {data?.volunteer.paused && <Text className='legal-notice'>您已暂停服务，居民暂时看不到您。</Text>}
      {data && !data.volunteer.availability && <Text className='legal-notice'>您还没有设置值班时间。</Text>}
      <View className='legal-tabs' {...groupProps('tablist')}>
        {TABS.map(([t, label]) => (
          <Text key={t} className={`legal-tab desk__tab--${t} ${tab === t ? 'legal-tab--on' : ''}`} {...tapProps('tab', { selected: tab === t })} onClick={() => setTab(t)}>
            {label}
            {count(t)}
          </Text>
        ))}
      </View>
      {agenda.error && <Text className='error'>{agenda.error.message}</Text>}
      {tab !== 'questions' && data?.[tab].map((b) => <BookingRow key={b.id} b={b} />)}
      {tab !== 'questions' && data?.[tab].length === 0 && <Text className='empty'>{EMPTY[tab]}</Text>}
      {tab === 'questions' && <QuestionLists />}
      <View className='desk__links'>
        <Text className='desk__link desk__hours' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: LEGAL_PAGES.hours })}>值班时间 ›</Text>
        <Text className='desk__link' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: LEGAL_PAGES.record })}>服务记录证明 ›</Text>
        <Text className='desk__link' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: LEGAL_PAGES.apply })}>我的志愿者信息 ›</Text>
      </View>
    </Page>
  );
}
