import { Text } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { PendingCard } from './pending-card';
import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import './index.css';

type Kind = 'household' | 'owner';

/**
 * 住户核实: households stated in the verifier's grid, building or community, to confirm (having called or visited);
 * for community admins also 业主 claims, checked against the 不动产权证书 shown at the office.
 */
const TABS = [['household', '住址核实'], ['owner', '业主核实']] as const;

export default function VerifyHouseholds() {
  const [kind, setKind] = useState<Kind>('household');
  const me = useCall(() => call('user', 'me', {}), 'me');
  const admin = (me.data?.roles ?? []).some((r) => r.role === 'community_admin' || r.role === 'street_admin');
  const list = useCall(() => call('household', 'pending', { kind }), kind);
  return (
    <Page className='household-verify'>
      {admin && (
        <Tabs className='household-verify__tab' tabs={TABS} value={kind} onChoose={setKind} />
      )}
      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data?.items.map((c) => <PendingCard key={`${c.id}:${c.rev}`} claim={c} kind={kind} onDecided={list.reload} />)}
      {list.data?.items.length === 0 && <Text className='empty'>没有待核实的{kind === 'owner' ? '业主' : '住户'}</Text>}
    </Page>
  );
}
