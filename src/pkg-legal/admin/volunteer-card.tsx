import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VolunteerAdminRow } from '../../../types/legal-aid';
import { kindName, modeName, specialtyName, VOLUNTEER_STATUS_LABELS } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { fmtDateTime } from '../../lib/cn-time';
import { ReasonForm } from '../booking/reason-form';

/** An application (or a volunteer) as the admins of its team see it: who, qualifications, and 通过 / 不通过. */
export function VolunteerCard({ v, onDecided }: { v: VolunteerAdminRow; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const act = useAction({ onDone: onDecided });
  const decide = (approve: boolean, reason?: string) => act.run(() => call('legal-aid', 'verify', { volunteerId: v.id, approve, ...(reason ? { reason } : {}) }));
  return (
    <View className='card legal-row legal-admin__volunteer'>
      <View className='legal-row__head'>
        <Text className='legal-row__title'>{v.realName}（{kindName(v.kind)}）</Text>
        <Text className='tag'>{v.status === 'verified' && v.paused ? '暂停服务' : VOLUNTEER_STATUS_LABELS[v.status]}</Text>
      </View>
      {v.licenseNo && <Text className='legal-row__line'>执业证号：{v.licenseNo}</Text>}
      {v.firm && <Text className='legal-row__line'>执业机构：{v.firm}</Text>}
      <Text className='legal-row__line'>擅长：{v.specialties.map(specialtyName).join('、')}</Text>
      <Text className='legal-row__line'>方式：{v.modes.map(modeName).join('、')}{v.place ? `（${v.place}）` : ''}</Text>
      <Text className='legal-row__line'>服务队：{v.unitName}{v.phoneMasked ? ` · ${v.phoneMasked}` : ''}</Text>
      <Text className='legal-row__line muted'>申请于 {fmtDateTime(v.appliedAt)}{v.decidedByName ? `，${v.decidedByName}审核` : ''}</Text>
      {v.status === 'verified' && <Text className='legal-row__line'>已服务 {v.completedCount} 次{v.ratingAverage !== null ? ` · 评分 ${v.ratingAverage}` : ''}</Text>}
      {v.rejectReason && <Text className='legal-row__line'>未通过原因：{v.rejectReason}</Text>}
      {act.error && <Text className='legal-error'>{act.error}</Text>}
      {v.status === 'pending' && !rejecting && (
        <View className='legal-buttons'>
          <Button className='btn-primary legal-admin__approve' loading={act.busy} disabled={act.busy} onClick={() => void decide(true)}>
            通过
          </Button>
          <Button className='legal-secondary legal-admin__reject-start' onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </View>
      )}
      {rejecting && <ReasonForm className='legal-admin__reject' prompt='不通过的理由（申请人会收到）' confirm='确认不通过' busy={act.busy} onSubmit={(reason) => decide(false, reason)} onClose={() => setRejecting(false)} />}
    </View>
  );
}
