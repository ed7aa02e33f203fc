import { ESCALATION_LEVELS, OPEN_STATUSES, UNACCEPTED_STATUSES } from '../../../types/request-names';
import { DEFAULT_OFFICE_HOURS } from '../../../types/working-hours';
import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { usersHolding } from '../kernel/users';
import { unitsByIds } from '../org/org.repository';
import { officeHoursOf } from '../org/unit-settings';
import { calendarFor, nextStep } from './clocks';
import { findByIds } from '../store/find-by-ids';
import { applySteps, escalationKey, settleAll, stepsOf, type PeopleCache } from './effects';
import { BATCHES, dueForClosing, dueForEscalation, pendingEffects, REQUESTS, staleBatches, type RequestDoc } from './request.repository';
import { TIMER_ACTOR, type Metric } from './timeline';
import { takeSteps, type Step } from './transition';
import type { WorkingCalendar } from '../calendar/working-calendar';

/** Requests read per query; a run goes on until nothing is due or its time is up (CloudBase stops a function at 60 s). */
const BATCH = 200;
const RUN_BUDGET_MS = 20_000;
/** Someone else took the step first (another run, a worker): nothing to do. */
const SKIP = new DomainError('CONFLICT', 'not due');

/**
 * Runs `batch` over what `find` finds, batch after batch, until a batch moves nothing or the time is up. `batch`
 * returns how many of the requests it moved: the rest were taken by another run or a person first (the next run
 * looks again at any still due).
 */
async function drain(find: () => Promise<RequestDoc[]>, batch: (due: RequestDoc[]) => Promise<number>): Promise<{ done: number; skipped: number }> {
  const started = Date.now();
  let done = 0;
  let skipped = 0;
  for (;;) {
    const due = await find();
    const progress = due.length > 0 ? await batch(due) : 0;
    done += progress;
    skipped += due.length - progress;
    if (due.length < BATCH || progress === 0 || Date.now() - started > RUN_BUDGET_MS) return { done, skipped };
  }
}

/**
 * The escalation timer: every request whose step is due (an index on `dueAt`: only what is due is read) climbs one
 * level — worker → the grid's branch secretary → the community → the street — and that level is told. A level with
 * nobody in it (a grid without a secretary) is passed over. One conditional update per request keyed on the level
 * and rev it escalates from, so two runs at once escalate each request once; the next step is due another
 * acceptance limit of working time later. The first missed deadline is counted for the rates.
 */
export async function escalateOverdue(ctx: ActionContext): Promise<{ escalated: number; skipped: number }> {
  const now = ctx.clock.now();
  const people: PeopleCache = new Map();
  const calendars = new Map<string, WorkingCalendar>();
  const secretaries = new Map<string, boolean>();
  const { done, skipped } = await drain(
    async () => {
      const due = await dueForEscalation(ctx.store, now, BATCH);
      const missing = [...new Set(due.map((r) => r.communityId))].filter((id) => !calendars.has(id));
      for (const unit of (await unitsByIds(ctx.store, missing)).values()) calendars.set(unit.id, calendarFor(officeHoursOf(unit)));
      for (const r of due) {
        const key = escalationKey(r, 1);
        if (key && !secretaries.has(key)) secretaries.set(key, (await usersHolding(ctx.store, key)).length > 0);
      }
      return due;
    },
    async (due) => {
      // Nothing left to escalate (paused, resolved, at the street already): stop looking at it, without a step.
      const idle = due.filter((r) => !escalates(r));
      const stopped = await ctx.store.updateEach(
        REQUESTS,
        idle.map((r) => ({ filter: { _id: r._id, rev: r.rev }, update: { set: { dueAt: null } } })),
      );
      const plan = (r: RequestDoc) => escalation(r, now, calendars.get(r.communityId) ?? calendarFor(DEFAULT_OFFICE_HOURS), secretaries);
      const escalated = await takeSteps(ctx, due.filter(escalates), TIMER_ACTOR, plan, people);
      return escalated + stopped.filter((n) => n === 1).length;
    },
  );
  return { escalated: done, skipped };
}

const escalates = (r: RequestDoc) => OPEN_STATUSES.includes(r.status) && r.level < 3 && !r.pauses.some((p) => p.to === null);

function escalation(r: RequestDoc, now: number, calendar: WorkingCalendar, secretaries: ReadonlyMap<string, boolean>): Step {
  if (r.dueAt === null || r.dueAt > now || !escalates(r)) throw SKIP;
  const secretaryKey = escalationKey(r, 1);
  const level = r.level === 0 && !(secretaryKey && secretaries.get(secretaryKey)) ? 2 : r.level + 1;
  const accepting = UNACCEPTED_STATUSES.includes(r.status);
  const metrics: Metric[] = ['escalated'];
  if (accepting && !r.acceptCounted) metrics.push('acceptMissed');
  if (!accepting && !r.resolveCounted && now > r.resolveDueAt) metrics.push('resolveMissed');
  return {
    from: OPEN_STATUSES,
    status: r.status,
    action: 'escalate',
    note: `${accepting ? '逾期未受理' : '逾期未办结'}，已升级至${ESCALATION_LEVELS[level]}`,
    level,
    metrics,
    set: {
      level,
      dueAt: level >= 3 ? null : nextStep(calendar, now, r.terms).at,
      ...(metrics.includes('acceptMissed') ? { acceptCounted: true } : {}),
      ...(metrics.includes('resolveMissed') ? { resolveCounted: true } : {}),
    },
  };
}

/** Closes resolved requests nobody rated within 7 days of their resolution. */
export async function closeUnrated(ctx: ActionContext): Promise<{ closed: number }> {
  const now = ctx.clock.now();
  const { done } = await drain(
    () => dueForClosing(ctx.store, now, BATCH),
    (due) =>
      takeSteps(ctx, due, TIMER_ACTOR, (r) => {
        if (r.closeAt === null || r.closeAt > now || (r.status !== 'resolved' && r.status !== 'confirmed')) throw SKIP;
        return { from: ['resolved', 'confirmed'], status: 'closed', action: 'close', note: '办结7天未评价，自动关闭', set: { closedAt: now, closeAt: null } };
      }),
  );
  return { closed: done };
}

/** A step younger than this is left to the request that made it, which is most likely still applying its effects. */
export const SWEEP_GRACE_MS = 30_000;

/**
 * Finishes the effects of steps whose function died after its conditional update: a person's step still marked
 * pending (pendingAt), and a timer's batch whose document was never removed. Markers make a repeat change nothing.
 */
export async function sweepEffects(ctx: ActionContext): Promise<{ requests: number; applied: number }> {
  const now = ctx.clock.now();
  const people: PeopleCache = new Map();
  const [pending, batches] = await Promise.all([pendingEffects(ctx.store, now - SWEEP_GRACE_MS, BATCH), staleBatches(ctx.store, now - SWEEP_GRACE_MS, BATCH)]);
  let applied = await settleAll(ctx.store, pending, now, people);
  let requests = pending.length;
  for (const batch of batches) {
    const found = await findByIds(ctx.store, REQUESTS, batch.steps.map((s) => s.id));
    // A step the batch missed left no entry at its rev, or another step's, whose own effects are owed as well.
    applied += await applySteps(ctx.store, batch.steps.flatMap((s) => (found.has(s.id) ? stepsOf(found.get(s.id)!, s.after, s.rev) : [])), now, people);
    await ctx.store.remove(BATCHES, batch._id);
    requests += found.size;
  }
  return { requests, applied };
}
