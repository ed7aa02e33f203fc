import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { APPLICATION_STATUS_LABELS } from '../../../types/activity-names';
import type { ApplicationView } from '../../../types/functions/party';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import './index.css';

type Tab = 'pending' | 'decided' | 'members';
const TABS: Array<[Tab, string]> = [
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
    <View className='page approvals'>
      <View className='approvals__tabs'>
        {TABS.map(([t, label]) => (
          <Text key={t} className={`approvals__tab ${tab === t ? 'approvals__tab--on' : ''}`} onClick={() => setTab(t)}>
            {label}
          </Text>
        ))}
      </View>
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
    </View>
  );
}

function ApplicationCard({ app, onDecided }: { app: ApplicationView; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const deciding = useAction({ onDone: onDecided });
  const { busy } = deciding;
  const decide = (approve: boolean) =>
    deciding.run(async () => {
      await call('party', 'decide', { id: app.id, approve, ...(approve ? {} : { reason: reason.trim() }) });
    });

  return (
    <View className='card approvals__app' data-name={app.name}>
      <View className='approvals__head'>
        <Text className='approvals__name'>{app.name}</Text>
        <Text className='tag'>{APPLICATION_STATUS_LABELS[app.status]}</Text>
      </View>
      <Text className='approvals__line'>申请支部：{app.partyOrgName}</Text>
      {app.joinedAt && <Text className='approvals__line'>入党时间：{app.joinedAt}</Text>}
      {app.phoneMasked && <Text className='approvals__line'>联系电话：{app.phoneMasked}</Text>}
      {app.note && <Text className='approvals__line'>说明：{app.note}</Text>}
      <Text className='muted approvals__line'>提交于 {fmtDateTime(app.submittedAt)}</Text>
      {app.status !== 'pending' && (
        <Text className='muted approvals__line'>
          {app.decidedByName}于{app.decidedAt ? fmtDateTime(app.decidedAt) : ''}处理{app.reason ? `，理由：${app.reason}` : ''}
        </Text>
      )}
      {app.status === 'pending' && !rejecting && (
        <View className='approvals__buttons'>
          <Button className='approvals__mini approvals__approve' size='mini' loading={busy} disabled={busy} onClick={() => void decide(true)}>
            通过
          </Button>
          <Button className='approvals__mini approvals__reject-start' size='mini' disabled={busy} onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </View>
      )}
      {rejecting && (
        <View>
          <Textarea className='approvals__reason' value={reason} maxlength={200} placeholder='请填写不通过的理由，申请人将收到通知' onInput={(e) => setReason(e.detail.value)} />
          <View className='approvals__buttons'>
            <Button className='approvals__mini approvals__reject' size='mini' disabled={busy || reason.trim().length < 2} onClick={() => void decide(false)}>
              确认不通过
            </Button>
            <Button className='approvals__mini' size='mini' onClick={() => setRejecting(false)}>
              返回
            </Button>
          </View>
        </View>
      )}
      {deciding.error && <Text className='error'>{deciding.error}</Text>}
    </View>
  );
}
