import { randomBytes } from 'node:crypto';
import { ACTIVITY_DETAIL_PAGE } from '../types/activity-names';
import { activityContract } from '../types/functions/activity';
import type { Channel, NotificationKind } from '../types/notify';
import { formatDateTime, shanghai } from '../types/time';
import { DomainError, forbidden, notFound } from '../cloudfunctions/core/kernel/domain-error';
import type { ActionContext } from '../cloudfunctions/core/kernel/context';
import type { FunctionDef } from '../cloudfunctions/core/kernel/function-def';
import { outboxId } from '../cloudfunctions/core/notify/outbox';
import type { RawStore, RawTxOps } from '../cloudfunctions/core/store/port';
import type { BurstDesign } from '../scripts/harness/latency-burst';

/*
 * TODAY'S DESIGN, KEPT ONLY AS A COMPARISON FOR bench/latency-burst.ts: nothing in the product uses it. A faithful
 * replica of the activity signup before issue 11 (git show 2561a65:cloudfunctions/core/activity/signup.service.ts,
 * with its seats.ts, activity-notices.ts and notify/outbox.ts): the caller's activity, party units and home, and
 * register entry read first; then ONE transaction over the activity and the signup that reads both, writes the
 * signup and the activity's seat lists, and writes each notification per channel as a read then an insert (a seat:
 * the confirmation and two reminders; a waiting place: one message), so the activity, which every signup writes, is
 * locked for the whole of it. Same store calls as then, through today's store port and CloudBase adapter.
 */

interface LegacyActivity {
  _id: string;
  title: string;
  place: string;
  status: 'published' | 'cancelled';
  audienceUnitId: string;
  startAt: number;
  signupDeadline: number;
  capacity: number;
  waitlistLimit: number;
  confirmed: string[];
  waitlist: string[];
  confirmedCount: number;
}
interface LegacySignup {
  _id: string;
  activityId: string;
  openid: string;
  name: string;
  branchName: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  round: number;
  ticket: string;
  signedUpAt: number;
  confirmedAt: number | null;
}
type Unit = { _id: string; path: string[]; partyOrgName: string };

const raw = (ctx: ActionContext) => ctx.store as unknown as RawStore;
const when = (a: LegacyActivity) => `${formatDateTime(a.startAt)}，${a.place}`;

const OUTBOX = 'outbox';

interface Notice {
  event: string;
  recipient: string;
  kind: NotificationKind;
  title: string;
  body: string;
  dueAt?: number;
}

/** The outbox of then: per channel, read the message's id and insert it when absent. */
async function enqueue(tx: RawTxOps, now: number, a: LegacyActivity, n: Notice): Promise<void> {
  for (const channel of ['inbox', 'subscribe'] as Channel[]) {
    const _id = outboxId(n.event, n.recipient, channel);
    if (await tx.get(OUTBOX, _id)) continue;
    const message = { _id, ...n, channel, link: `${ACTIVITY_DETAIL_PAGE}?id=${a._id}`, fields: { time: String(a.startAt), place: a.place }, status: 'pending', dueAt: n.dueAt ?? now };
    await tx.insert(OUTBOX, { ...message, attempts: 0, claimToken: null, claimedUntil: 0, lastError: null, createdAt: now, sentAt: null });
  }
}

async function legacySignup(ctx: ActionContext, id: string) {
  const store = raw(ctx);
  const found = await store.get<LegacyActivity>('activities', id);
  if (!found) throw notFound('该活动');
  const user = ctx.caller.user;
  const grants = (user?.roles ?? []).filter((g) => g.role === 'party_member' && g.unitId).map((g) => g.unitId!);
  const homeId = user?.buildingId ?? user?.communityId;
  const [partyUnits] = await Promise.all([store.find<Unit>('units', { _id: { $in: grants } }), homeId ? store.get<Unit>('units', homeId) : null]);
  if (!partyUnits.some((u) => u.path.includes(found.audienceUnitId))) throw forbidden('该活动仅面向本社区党员');
  const registered = await store.get<{ _id: string; partyOrgName: string }>('party_members', ctx.caller.openid);
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();

  return store.transaction(async (tx) => {
    const a = (await tx.get<LegacyActivity>('activities', id))!;
    const existing = await tx.get<LegacySignup>('signups', `${id}:${openid}`);
    const answer = (s: LegacySignup, seats: LegacyActivity) => ({
      signup: { activityId: id, status: s.status, waitlistPosition: s.status === 'waitlisted' ? seats.waitlist.indexOf(openid) + 1 : null, signedUpAt: s.signedUpAt, checkedInAt: null },
      created: s !== existing,
    });
    if (existing && existing.status !== 'cancelled') return answer(existing, a);
    if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消');
    if (now >= a.signupDeadline || now >= a.startAt) throw new DomainError('CONFLICT', `报名已于${formatDateTime(a.signupDeadline)}截止`);
    const status = a.confirmed.length < a.capacity ? 'confirmed' : a.waitlist.length < a.waitlistLimit ? 'waitlisted' : null;
    if (!status) throw new DomainError('FULL', a.waitlistLimit > 0 ? '名额和候补都已满' : '名额已满');
    const doc: LegacySignup = { _id: `${id}:${openid}`, activityId: id, openid, name: user?.name ?? '居民', branchName: registered?.partyOrgName ?? partyUnits[0]?.partyOrgName ?? '居民', status, round: (existing?.round ?? 0) + 1, ticket: existing?.ticket ?? randomBytes(8).toString('hex'), signedUpAt: now, confirmedAt: status === 'confirmed' ? now : null };
    await tx.put('signups', doc);
    const seats = status === 'confirmed' ? { confirmed: [...a.confirmed, openid], waitlist: a.waitlist } : { confirmed: a.confirmed, waitlist: [...a.waitlist, openid] };
    await tx.update('activities', id, { set: { ...seats, confirmedCount: seats.confirmed.length } });
    const after = { ...a, ...seats };
    if (status === 'confirmed') {
      await enqueue(tx, now, a, { event: `signup:${id}:${openid}:${doc.round}:confirmed`, recipient: openid, kind: 'signup_confirmed', title: `报名成功：${a.title}`, body: `请于${when(a)}准时参加` });
      const eve = shanghai(a.startAt).subtract(1, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf();
      for (const [event, dueAt] of [[`activity:${id}:remind:eve`, eve], [`activity:${id}:remind:1h`, a.startAt - 3_600_000]] as const) {
        if (dueAt > now) await enqueue(tx, now, a, { event, recipient: openid, kind: 'activity_reminder', title: `活动提醒：${a.title}`, body: when(a), dueAt });
      }
    } else {
      await enqueue(tx, now, a, { event: `signup:${id}:${openid}:${doc.round}:waitlisted`, recipient: openid, kind: 'signup_waitlisted', title: `已进入候补：${a.title}`, body: `您是第${after.waitlist.length}位候补` });
    }
    return answer(doc, after);
  });
}

export const LEGACY_FUNCTION: FunctionDef = {
  name: 'activity (before issue 11)',
  contract: { signup: activityContract.signup },
  policy: { signup: { allow: 'signedIn', rate: 'read' } },
  handle: (_action, ctx, input) => legacySignup(ctx, (input as { id: string }).id),
};

/** The design before issue 11: seats as two lists on the activity, written in the signup's one transaction. */
export const LEGACY_DESIGN: BurstDesign = {
  label: 'before issue 11 (one transaction over the activity and the signup)',
  fn: LEGACY_FUNCTION,
  async open(deps, seats, waitingLimit) {
    const now = deps.clock.now();
    const startAt = shanghai(now).add(2, 'day').hour(9).minute(0).second(0).millisecond(0).valueOf();
    const a: LegacyActivity = { _id: 'act_legacyburst', title: '测试主题党日', place: '西园社区党群服务中心', status: 'published', audienceUnitId: 'cm-xiyuan', startAt, signupDeadline: startAt - 12 * 3_600_000, capacity: seats, waitlistLimit: waitingLimit, confirmed: [], waitlist: [], confirmedCount: 0 };
    await (deps.store as unknown as RawStore).put('activities', a);
    return a._id;
  },
  async seats(store, activityId) {
    const a = (await (store as unknown as RawStore).get<LegacyActivity>('activities', activityId))!;
    return { confirmed: a.confirmed, waiting: a.waitlist };
  },
};
