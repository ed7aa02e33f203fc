import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { PendingHousehold } from '../../../types/functions/household';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { fmtDateTime } from '../../lib/cn-time';

/** One claim: who, where, and 核实 / 不通过 (with a reason the resident is told). */
export function PendingCard({ claim, kind, onDecided }: { claim: PendingHousehold; kind: 'household' | 'owner'; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const deciding = useAction({ onDone: onDecided });
  const decide = (approve: boolean) =>
    deciding.run(() => {
      const input = { id: claim.id, rev: claim.rev, approve, ...(approve ? {} : { reason: reason.trim() }) };
      return kind === 'owner' ? call('household', 'verifyOwner', input) : call('household', 'verify', input);
    });
  return (
    <View className='card household-verify__claim'>
      <Text className='household-verify__name'>{claim.name}</Text>
      <Text className='household-verify__line'>
        {claim.buildingName} {claim.entrance}单元 {claim.room}室
      </Text>
      {kind === 'owner' && <Text className='household-verify__line'>专有部分面积：{claim.owner.area} 平方米（请核对不动产权证书）</Text>}
      {claim.phoneMasked && <Text className='muted household-verify__line'>联系电话：{claim.phoneMasked}</Text>}
      <Text className='muted household-verify__line'>登记于 {fmtDateTime(claim.claimedAt)}</Text>
      {!rejecting && (
        <View className='household-verify__buttons'>
          <Button className='btn-primary household-verify__mini household-verify__approve' loading={deciding.busy} disabled={deciding.busy} onClick={() => void decide(true)}>
            核实无误
          </Button>
          <Button className='btn-secondary household-verify__mini' disabled={deciding.busy} onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </View>
      )}
      {rejecting && (
        <View>
          <Textarea className='household-verify__reason' value={reason} maxlength={100} placeholder='请填写不通过的理由，居民将收到通知' onInput={(e) => setReason(e.detail.value)} />
          <View className='household-verify__buttons'>
            <Button className='btn-danger household-verify__mini household-verify__reject' disabled={deciding.busy || reason.trim().length < 2} onClick={() => void decide(false)}>
              确认不通过
            </Button>
            <Button className='btn-secondary household-verify__mini' onClick={() => setRejecting(false)}>
              返回
            </Button>
          </View>
        </View>
      )}
      {deciding.error && <Text className='error'>{deciding.error}</Text>}
    </View>
  );
}
