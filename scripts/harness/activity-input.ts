import type { InputOf } from '../../types/api';
import { fromShanghai, shanghai } from '../../types/time';
import type { Clock } from '../../cloudfunctions/core/kernel/clock';
import type { TestHost } from './test-host';

const HOUR = 3_600_000;
type CreateInput = InputOf<'activity', 'create'>;

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

/** A plausible activity two days after the host's (or any) clock, at 09:00 Shanghai; fields may be overridden. */
export function activityInput(host: { clock: Clock }, overrides: Partial<CreateInput> = {}): CreateInput {
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
