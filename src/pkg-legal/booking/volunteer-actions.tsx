import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingDetail } from '../../../types/legal-aid-cases';
import { call } from '../../api/client';
import type { ActionState } from '../../hooks/use-action';
import { CompleteForm } from './complete-form';
import { ReasonForm } from './reason-form';

/** What the assigned volunteer may do: accept or decline, cancel with a reason, record the outcome after the start. */
export function VolunteerActions({ b, act }: { b: BookingDetail; act: ActionState }) {
  const [asking, setAsking] = useState<'decline' | 'cancel' | null>(null);
  const accept = () => act.run(() => call('legal-aid', 'accept', { id: b.id }).then(() => '已接受预约，居民会收到通知'));
  const withReason = (what: 'decline' | 'cancel') => (reason: string) =>
    act.run(() => (what === 'decline' ? call('legal-aid', 'decline', { id: b.id, reason }) : call('legal-aid', 'cancel', { id: b.id, reason })).then(() => (what === 'decline' ? '已婉拒' : '已取消')));

  if (asking) {
    const decline = asking === 'decline';
    return <ReasonForm className={decline ? 'legal-booking__decline' : 'legal-booking__cancel-form'} prompt={decline ? '婉拒原因' : '取消原因'} confirm={decline ? '确认婉拒' : '确认取消'} busy={act.busy} onSubmit={withReason(asking)} onClose={() => setAsking(null)} />;
  }
  return (
    <View className='legal-buttons'>
      {b.canRespond && (
        <Button className='btn-primary legal-booking__accept' loading={act.busy} disabled={act.busy} onClick={() => void accept()}>
          接受预约
        </Button>
      )}
      {b.canRespond && (
        <Button className='legal-secondary legal-booking__decline-start' onClick={() => setAsking('decline')}>
          婉拒
        </Button>
      )}
      {b.canComplete && <CompleteForm b={b} act={act} />}
      {b.canCancel && !b.canRespond && (
        <Button className='legal-secondary legal-booking__cancel' onClick={() => setAsking('cancel')}>
          取消预约
        </Button>
      )}
    </View>
  );
}
