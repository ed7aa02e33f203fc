import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { APPLICATION_STATUS_LABELS } from '../../../types/activity-names';
import type { ApplicationView } from '../../../types/functions/party';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { fmtDateTime } from '../../lib/cn-time';

/** One application to a branch: who, to which branch, and 通过 / 不通过 (with a reason the applicant is told). */
export function ApplicationCard({ app, onDecided }: { app: ApplicationView; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  // Approving records a party member: asked once more, like 不通过, so a slip of the finger is not a decision.
  const [approving, setApproving] = useState(false);
  const [reason, setReason] = useState('');
  const deciding = useAction({ onDone: onDecided });
  const { busy } = deciding;
  const decide = (approve: boolean) => deciding.run(() => call('party', 'decide', { id: app.id, approve, ...(approve ? {} : { reason: reason.trim() }) }));

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
      {app.status === 'pending' && approving && (
        <View>
          <Text className='approvals__line'>确认通过{app.name}的党员登记？通过后将登记到{app.partyOrgName}，并通知申请人。</Text>
          <View className='approvals__buttons'>
            <Button className='btn-primary approvals__mini approvals__approve-confirm' loading={busy} disabled={busy} onClick={() => void decide(true)}>
              确认通过
            </Button>
            <Button className='btn-secondary approvals__mini' disabled={busy} onClick={() => setApproving(false)}>
              返回
            </Button>
          </View>
        </View>
      )}
      {app.status === 'pending' && !rejecting && !approving && (
        <View className='approvals__buttons'>
          <Button className='btn-primary approvals__mini approvals__approve' disabled={busy} onClick={() => setApproving(true)}>
            通过
          </Button>
          <Button className='btn-secondary approvals__mini approvals__reject-start' disabled={busy} onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </View>
      )}
      {rejecting && (
        <View>
          <Textarea className='field-input approvals__reason' value={reason} maxlength={200} placeholder='请填写不通过的理由，申请人将收到通知' onInput={(e) => setReason(e.detail.value)} />
          <View className='approvals__buttons'>
            <Button className='btn-danger approvals__mini approvals__reject' disabled={busy || reason.trim().length < 2} onClick={() => void decide(false)}>
              确认不通过
            </Button>
            <Button className='btn-secondary approvals__mini' onClick={() => setRejecting(false)}>
              返回
            </Button>
          </View>
        </View>
      )}
      {deciding.error && <Text className='error'>{deciding.error}</Text>}
    </View>
  );
}
