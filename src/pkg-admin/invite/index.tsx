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
import { Chip } from '../../components/chip';
import { Page } from '../../components/page';

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

  if (made) return <Page className='invite'><InvitationCard made={made} /></Page>;
  return (
    <Page className='invite'>
      {list.error && <Text className='error'>{list.error.message}</Text>}
      <View className='card'>
        <Text className='card-title'>职务</Text>
        {INVITE_CHOICES.map((c) => (
          <Chip key={c.role} className='admin-chip' role='radio' label={c.name} on={role === c.role} onTap={() => (setRole(c.role), setUnitId(null))} />
        ))}
        <Text className='card-title invite__section'>任职单位</Text>
        {units.map((u) => (
          <Chip key={u.id} className='admin-chip' role='radio' label={u.name} on={unitId === u.id} onTap={() => setUnitId(u.id)} />
        ))}
        {role === 'grid_worker' && (
          <>
            <Text className='card-title invite__section'>值守</Text>
            {GRID_DUTIES.map((d) => (
              <Chip key={d} className='admin-chip' role='radio' label={GRID_DUTY_LABELS[d]} on={duty === d} onTap={() => setDuty(d)} />
            ))}
            <Text className='muted invite__hint'>在岗网格员首先接收本网格的新诉求；原在岗网格员将转为替班。</Text>
          </>
        )}
      </View>
      {inviting.error && <Text className='error'>{inviting.error}</Text>}
      <Button className='btn-primary invite__create' disabled={!unitId || inviting.busy} loading={inviting.busy} onClick={() => void create()}>
        生成邀请
      </Button>
    </Page>
  );
}
