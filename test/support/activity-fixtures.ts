import type { ActivityDetail } from '../../types/activity';
import { fromShanghai, shanghai } from '../../types/time';
import type { OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import type { TestHost } from './start-host';

const HOUR = 3_600_000;

/** Members of a grid branch, written straight into the users collection (as an administrator's grant would be). */
export async function addMembers(host: TestHost, prefix: string, count: number, unitId = 'gd-xiyuan-1', communityId = 'cm-xiyuan'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}-${String(i).padStart(2, '0')}`;
    await host.store.put('users', { _id: id, name: `党员${prefix}${i}`, phone: `139${String(10000000 + i).slice(-8)}`, roles: [{ role: 'resident' }, { role: 'party_member', unitId }], communityId, createdAt: 0, updatedAt: 0 });
    ids.push(id);
  }
  return ids;
}

/** An officer of another community, for the denials. */
export async function addOfficer(host: TestHost, id: string, unitId: string, communityId: string): Promise<void> {
  await host.store.put('users', { _id: id, name: '东桥书记', roles: [{ role: 'resident' }, { role: 'party_member', unitId }, { role: 'branch_officer', unitId }], communityId, createdAt: 0, updatedAt: 0 });
}

/** A plausible activity two days after the host's clock, at 09:00 Shanghai; fields may be overridden. */
export function activityInput(host: TestHost, overrides: Record<string, unknown> = {}) {
  const day = shanghai(host.clock.now()).add(2, 'day').format('YYYY-MM-DD');
  const startAt = fromShanghai(`${day} 09:00`);
  return {
    title: '测试主题党日',
    type: 'theme_day',
    unitId: 'cm-xiyuan',
    audience: 'community_party',
    startAt,
    endAt: startAt + 2 * HOUR,
    place: '西园社区党群服务中心',
    capacity: 5,
    waitlistLimit: 30,
    signupDeadline: startAt - 12 * HOUR,
    cancelDeadline: startAt - 3 * HOUR,
    ...overrides,
  };
}

export async function createActivity(host: TestHost, overrides: Record<string, unknown> = {}, as = 'demo-secretary'): Promise<ActivityDetail> {
  const res = await host.call<ActivityDetail>(as, 'activity', 'create', activityInput(host, overrides));
  if (!res.ok) throw new Error(`create failed: ${JSON.stringify(res.error)}`);
  return res.data!;
}

/** Inbox-channel outbox messages (one per notification) of a kind, optionally for one recipient. */
export async function outboxOf(host: TestHost, kind: string, recipient?: string): Promise<OutboxDoc[]> {
  return host.store.find<OutboxDoc>('outbox', { kind, channel: 'inbox', ...(recipient ? { recipient } : {}) });
}
