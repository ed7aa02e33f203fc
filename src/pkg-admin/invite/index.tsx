import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { OutputOf } from '../../../types/api';
import type { InvitableRole } from '../../../types/functions/staff';
import { GRID_DUTIES, GRID_DUTY_LABELS, type GridDuty } from '../../../types/role-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { INVITE_CHOICES } from '../lib/staff-labels';
import { InvitationCard } from './invitation-card';
import './index.css';

/** 邀请新成员: a role, the unit it is on (and a grid worker's duty), then a QR and a code to hand over. */
export default function InvitePage() {
  const { params } = useRouter();
  const communityId = params.community ?? '';
  const list = useCall(() => call('staff', 'list', { communityId }), communityId, Boolean(communityId));
  const [role, setRole] = useState<InvitableRole>('grid_worker');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [duty, setDuty] = useState<GridDuty>('on_duty');
  const [made, setMade] = useState<OutputOf<'staff', 'invite'> | null>(null);
  const inviting = useAction({ fallback: '邀请失败，请稍后重试' });
  const choice = INVITE_CHOICES.find((c) => c.role === role)!;
  const units = (list.data?.units ?? []).filter((u) => choice.on === 'both' || u.kind === choice.on);

  const create = () =>
    inviting.run(async () => {
      if (!unitId) return;
      setMade(await call('staff', 'invite', { role, unitId, ...(role === 'grid_worker' ? { duty } : {}) }));
    });

  if (made) return <View className='page invite'><InvitationCard made={made} /></View>;
  return (
    <View className='page invite'>
      {list.error && <Text className='error'>{list.error.message}</Text>}
      <View className='card'>
        <Text className='card-title'>职务</Text>
        {INVITE_CHOICES.map((c) => (
          <Text key={c.role} className={`admin-chip ${role === c.role ? 'admin-chip--on' : ''}`} onClick={() => (setRole(c.role), setUnitId(null))}>
            {c.name}
          </Text>
        ))}
        <Text className='card-title invite__section'>任职单位</Text>
        {units.map((u) => (
          <Text key={u.id} className={`admin-chip ${unitId === u.id ? 'admin-chip--on' : ''}`} onClick={() => setUnitId(u.id)}>
            {u.name}
          </Text>
        ))}
        {role === 'grid_worker' && (
          <>
            <Text className='card-title invite__section'>值守</Text>
            {GRID_DUTIES.map((d) => (
              <Text key={d} className={`admin-chip ${duty === d ? 'admin-chip--on' : ''}`} onClick={() => setDuty(d)}>
                {GRID_DUTY_LABELS[d]}
              </Text>
            ))}
            <Text className='muted invite__hint'>在岗网格员首先接收本网格的新诉求；原在岗网格员将转为替班。</Text>
          </>
        )}
      </View>
      {inviting.error && <Text className='error'>{inviting.error}</Text>}
      <Button className='btn-primary invite__create' disabled={!unitId || inviting.busy} loading={inviting.busy} onClick={() => void create()}>
        生成邀请
      </Button>
    </View>
  );
}
