import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, notFound } from '../kernel/domain-error';
import type { Store, TxOps, Update } from '../store/port';
import { BOOKINGS, isActive, type BookingDoc } from './booking.repository';
import { CONTENT_REFUSAL, roleIn, type Role } from './case-view';
import { releaseSlot } from './day-claims';
import { leaveQuota } from './resident-quota';

/** How `openid` stands to the booking (as `as`, when given); anyone else is refused. */
export function requireRole(b: BookingDoc, openid: string, as?: Role): Role {
  const role = roleIn(b, openid);
  if (!role) throw forbidden(CONTENT_REFUSAL);
  if (as && role !== as) throw forbidden(as === 'volunteer' ? '只有承办的志愿者可以进行此操作' : '只有预约的居民本人可以进行此操作');
  return role;
}

/** The booking and how the caller stands to it, for a step that needs it before its transaction. */
export async function bookingFor(ctx: ActionContext, id: string, as?: Role): Promise<{ b: BookingDoc; role: Role }> {
  const b = await ctx.store.get(BOOKINGS, id);
  if (!b) throw notFound('该预约');
  return { b, role: requireRole(b, ctx.caller.openid, as) };
}

/**
 * One step of a booking's life, in a short transaction on the booking alone (never the volunteer's day): re-read it,
 * check the state it leaves (so of two racing steps the second sees the first and is refused), write the change and
 * its messages. Returns the booking as written.
 */
export async function transition(
  store: Store,
  now: number,
  id: string,
  check: (b: BookingDoc) => void,
  change: (b: BookingDoc) => Partial<Omit<BookingDoc, '_id'>>,
  tell: (tx: TxOps, next: BookingDoc, before: BookingDoc) => Promise<void>,
): Promise<BookingDoc> {
  return store.transaction(async (tx) => {
    const b = await tx.get(BOOKINGS, id);
    if (!b) throw notFound('该预约');
    check(b);
    const set = { ...change(b), updatedAt: now };
    await tx.update(BOOKINGS, id, { set } as Update<BookingDoc>);
    const next = { ...b, ...set };
    await tell(tx, next, b);
    return next;
  });
}

export function requireStatus(b: BookingDoc, statuses: readonly BookingDoc['status'][], message = '预约状态已变化，请刷新后查看'): void {
  if (!statuses.includes(b.status)) throw new DomainError('CONFLICT', message);
}

/**
 * What a booking that stopped being active gives back: its place among the resident's active bookings, and (unless it
 * keeps its time, as a held consultation does) its ticks. A function dying here leaves them to the sweep.
 */
export async function giveBack(store: Store, b: BookingDoc, now: number, options: { ticks: boolean }): Promise<void> {
  if (isActive(b.status)) return;
  if (options.ticks) await releaseSlot(store, b.volunteerId, b.date, b.ticks, b._id, now);
  await leaveQuota(store, b.residentId, 'bookings', b._id, now);
}
