import { Text, View } from '@tarojs/components';
import { APPLICATION_STATUS_LABELS } from '../../../types/activity-names';
import type { MyMembership } from '../../../types/functions/party';
import { call } from '../../api/client';
import { Page, PageStatus } from '../../components/page';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { ApplyForm } from './apply-form';
import './index.css';

/** 党员登记: a resident asks their branch to record them as a party member; the branch secretary decides. */
export default function ApplyPage() {
  const mine = useCall(() => call('party', 'myMembership', {}), 'mine');
  const m = mine.data;
  if (mine.error) return <PageStatus className='party-apply' error={mine.error.message} />;
  if (!m) return <PageStatus className='party-apply' />;
  const app = m.application;
  const canApply = m.memberships.length === 0 && app?.status !== 'pending';
  return (
    <Page className='party-apply'>
      {m.memberships.map((ms) => (
        <View key={ms.unitId} className='card party-apply__member'>
          <Text className='party-apply__badge'>党员</Text>
          <Text className='party-apply__org'>{ms.partyOrgName}</Text>
          {ms.joinedAt && <Text className='muted'>入党时间 {ms.joinedAt}</Text>}
        </View>
      ))}
      {app && m.memberships.length === 0 && <ApplicationCard app={app} />}
      {canApply && <ApplyForm onDone={mine.reload} again={app?.status === 'rejected'} />}
      <Text className='muted party-apply__privacy'>登记信息仅您本人和所在支部的支部委员可以查看。</Text>
    </Page>
  );
}

function ApplicationCard({ app }: { app: NonNullable<MyMembership['application']> }) {
  return (
    <View className='card'>
      <Text className='card-title'>我的登记申请</Text>
      <Text className={`tag ${app.status === 'rejected' ? 'tag-grey' : ''}`} data-status={app.status}>
        {APPLICATION_STATUS_LABELS[app.status]}
      </Text>
      <Text className='party-apply__line'>申请支部：{app.partyOrgName}</Text>
      <Text className='muted party-apply__line'>提交时间：{fmtDateTime(app.submittedAt)}</Text>
      {app.status === 'rejected' && <Text className='party-apply__reason'>未通过原因：{app.reason}</Text>}
      {app.status === 'pending' && <Text className='muted party-apply__line'>支部审核后会通过消息通知您。</Text>}
    </View>
  );
}
