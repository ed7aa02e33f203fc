import type { ActivityDetail } from '../../types/activity';
import type { InputOf } from '../../types/api';
import type { OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { activityInput } from '../../scripts/harness/activity-input';
import type { TestHost } from '../../scripts/harness/test-host';

/** An officer of another community, for the denials. */
export async function addOfficer(host: TestHost, id: string, unitId: string, communityId: string): Promise<void> {
  await host.store.put('users', { _id: id, name: '东桥书记', roles: [{ role: 'resident' }, { role: 'party_member', unitId }, { role: 'branch_officer', unitId }], communityId, createdAt: 0, updatedAt: 0 });
}

export function createActivity(host: TestHost, overrides: Partial<InputOf<'activity', 'create'>> = {}, as = 'demo-secretary'): Promise<ActivityDetail> {
  return host.callOk(as, 'activity', 'create', activityInput(host, overrides));
}

/** Inbox-channel outbox messages (one per notification) of a kind, optionally for one recipient. */
export async function outboxOf(host: TestHost, kind: string, recipient?: string): Promise<OutboxDoc[]> {
  return host.store.find<OutboxDoc>('outbox', { kind, channel: 'inbox', ...(recipient ? { recipient } : {}) });
}
