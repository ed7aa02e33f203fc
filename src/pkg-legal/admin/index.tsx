import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/legal.css';
import { StatsView } from './stats-view';
import { VolunteerCard } from './volunteer-card';
import { Page } from '../../components/page';
import { tapProps, groupProps } from '../../lib/a11y';

type Tab = 'pending' | 'verified' | 'other' | 'stats';
const TABS: Array<[Tab, string]> = [
  ['pending', '待审核'],
  ['verified', '志愿者'],
  ['other', '未通过/退出'],
  ['stats', '统计'],
];

/** 法律援助志愿服务队: verify applications to the teams the admin administers, and see the team's figures. */
export default function LegalAdmin() {
  const [tab, setTab] = useState<Tab>('pending');
  const list = useCallOnShow(() => call('legal-aid', 'volunteers', { status: tab === 'stats' ? 'pending' : tab }), tab, tab !== 'stats');
  return (
    <Page className='legal-admin'>
      <View className='legal-tabs' {...groupProps('tablist')}>
        {TABS.map(([t, label]) => (
          <Text key={t} className={`legal-tab legal-admin__tab--${t} ${tab === t ? 'legal-tab--on' : ''}`} {...tapProps('tab', { selected: tab === t })} onClick={() => setTab(t)}>
            {label}
          </Text>
        ))}
      </View>
      {tab === 'stats' && <StatsView />}
      {tab !== 'stats' && list.error && <Text className='error'>{list.error.message}</Text>}
      {tab !== 'stats' && list.data?.items.map((v) => <VolunteerCard key={v.id} v={v} onDecided={list.reload} />)}
      {tab !== 'stats' && list.data?.items.length === 0 && <Text className='empty'>暂无</Text>}
      <Text className='legal-hint'>咨询内容仅居民和承办志愿者可见，管理员只能看到数量、类别、回复用时和评分。</Text>
    </Page>
  );
}
