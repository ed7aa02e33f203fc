import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { APPLICATION_STATUS_LABELS } from '../../../types/activity-names';
import type { MyMembership } from '../../../types/functions/party';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import './index.css';

/** 党员登记: a resident asks their branch to record them as a party member; the branch secretary decides. */
export default function ApplyPage() {
  const mine = useCall(() => call('party', 'myMembership', {}), 'mine');
  const m = mine.data;
  if (mine.error) return <Text className='error'>{mine.error.message}</Text>;
  if (!m) return <Text className='empty'>加载中…</Text>;
  const app = m.application;
  const canApply = m.memberships.length === 0 && app?.status !== 'pending';
  return (
    <View className='page party-apply'>
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
    </View>
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

function ApplyForm({ onDone, again }: { onDone: () => void; again: boolean }) {
  const branches = useCall(() => call('party', 'branches', {}), 'branches');
  const list = branches.data?.branches ?? [];
  const [index, setIndex] = useState(-1);
  const [joinedAt, setJoinedAt] = useState('');
  const [note, setNote] = useState('');
  const applying = useAction({ fallback: '提交失败，请稍后重试', onDone });

  const submit = () =>
    applying.run(async () => {
      const branch = list[index];
      if (!branch) throw new ApiError('INVALID_INPUT', '请选择党支部');
      await call('party', 'apply', { unitId: branch.unitId, note, ...(joinedAt ? { joinedAt } : {}) });
    });

  if (branches.data && list.length === 0) return <Text className='empty'>请先进入所在社区，再申请党员登记</Text>;
  return (
    <View className='card party-apply__form'>
      <Text className='card-title'>{again ? '重新申请党员登记' : '申请党员登记'}</Text>
      <Text className='muted party-apply__line'>已是党员、组织关系转入本社区的，请登记到居住地所在的党支部。</Text>
      <Picker mode='selector' range={list.map((b) => b.partyOrgName)} value={Math.max(index, 0)} onChange={(e) => setIndex(Number(e.detail.value))}>
        <View className='party-apply__field'>
          <Text className='muted'>所在党支部</Text>
          <Text>{list[index]?.partyOrgName ?? '请选择'}</Text>
        </View>
      </Picker>
      <Picker mode='date' fields='month' value={joinedAt || '2010-07'} start='1940-01' end='2099-12' onChange={(e) => setJoinedAt(String(e.detail.value).slice(0, 7))}>
        <View className='party-apply__field'>
          <Text className='muted'>入党时间</Text>
          <Text>{joinedAt || '请选择（选填）'}</Text>
        </View>
      </Picker>
      <Textarea className='party-apply__note' value={note} maxlength={200} placeholder='补充说明（选填），如组织关系转入情况' onInput={(e) => setNote(e.detail.value)} />
      {applying.error && <Text className='error'>{applying.error}</Text>}
      <Button className='btn-primary' loading={applying.busy} disabled={applying.busy} onClick={() => void submit()}>
        提交申请
      </Button>
    </View>
  );
}
