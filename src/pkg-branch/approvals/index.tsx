import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { useCall } from '../../hooks/use-call';
import { ApplicationCard } from './application-card';
import './index.css';

type Tab = 'pending' | 'decided' | 'members';
const TABS: ReadonlyArray<readonly [Tab, string]> = [
  ['pending', '待审核'],
  ['decided', '已处理'],
  ['members', '党员名册'],
];

/** 党员登记审核: applications to the officer's branches, and the register. Personal data: officers only. */
export default function Approvals() {
  const [tab, setTab] = useState<Tab>('pending');
  const apps = useCall(() => call('party', 'applications', { status: tab === 'decided' ? 'decided' : 'pending' }), tab, tab !== 'members');
  const members = useCall(() => call('party', 'members', {}), 'members', tab === 'members');

  return (
    <Page className='approvals'>
      <Tabs className='approvals__tab' tabs={TABS} value={tab} onChoose={setTab} />
      {tab !== 'members' && (
        <View>
          {apps.error && <Text className='error'>{apps.error.message}</Text>}
          {apps.data?.items.map((app) => <ApplicationCard key={app.id} app={app} onDecided={apps.reload} />)}
          {apps.data?.items.length === 0 && <Text className='empty'>{tab === 'pending' ? '没有待审核的申请' : '暂无记录'}</Text>}
        </View>
      )}
      {tab === 'members' && (
        <View className='card'>
          {members.error && <Text className='error'>{members.error.message}</Text>}
          {members.data?.items.map((m) => (
            <View key={m.id} className='approvals__member'>
              <Text className='approvals__name'>{m.name}</Text>
              <Text className='muted'>
                {m.partyOrgName}
                {m.joinedAt ? ` · ${m.joinedAt}入党` : ''}
                {m.phoneMasked ? ` · ${m.phoneMasked}` : ''}
              </Text>
            </View>
          ))}
          {members.data?.items.length === 0 && <Text className='empty'>暂无登记党员</Text>}
        </View>
      )}
    </Page>
  );
}
