import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LEGAL_PAGES } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { Filters, type LawyerFilter } from './filters';
import { LawyerCard } from './lawyer-card';
import { Page } from '../../components/page';
import './index.css';

/** 法律援助: free consultations with the street's volunteer lawyers and 法律明白人, chosen by problem, way and day. */
export default function LegalHome() {
  const [filter, setFilter] = useState<LawyerFilter>({ specialty: null, mode: null, date: null });
  const input = { ...(filter.specialty ? { specialty: filter.specialty } : {}), ...(filter.mode ? { mode: filter.mode } : {}), ...(filter.date ? { date: filter.date } : {}) };
  const list = useCallOnShow(() => call('legal-aid', 'lawyers', input), JSON.stringify(input));

  return (
    <Page className='legal-home'>
      <View className='card'>
        <Text className='legal-home__title'>免费法律咨询</Text>
        <Text className='legal-hint'>法律援助志愿律师和法律明白人为居民免费解答法律问题，不收取任何费用。您说的情况只有您和您预约的志愿者能看到。</Text>
      </View>
      <Filters value={filter} onChange={setFilter} />
      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data?.items.map((v) => <LawyerCard key={v.id} v={v} />)}
      {list.data?.items.length === 0 && <Text className='empty'>没有符合条件的志愿者，可以换个条件，或提交快速咨询</Text>}
      <View className='legal-buttons'>
        <Button className='btn-primary legal-home__ask' onClick={() => Taro.navigateTo({ url: LEGAL_PAGES.ask })}>
          快速咨询（不用约时间）
        </Button>
        <Button className='legal-secondary legal-home__mine' onClick={() => Taro.navigateTo({ url: LEGAL_PAGES.mine })}>
          我的法律咨询
        </Button>
      </View>
    </Page>
  );
}
