import type { RequestStatus } from '../../../types/request-names';
import type { ActionContext } from '../kernel/context';
import { DomainError, notFound } from '../kernel/domain-error';
import type { Conditional, Update } from '../store/port';
import { newId } from '../kernel/ids';
import { applySteps, settleEffects, stepsOf, type PeopleCache } from './effects';
import { BATCHES, getRequest, REQUESTS, type BatchDoc, type RequestDoc } from './request.repository';
import { shardOf } from './stats.repository';
import type { Metric, TimelineAction, TimelineEntry } from './timeline';

/** Who makes a step: a person, or the timer. */
export interface Actor {
  openid: string;
  name: string;
}

/** One step, as an action plans it from the request it read. */
export interface Step {
  /** The statuses the step may be taken from. */
  from: readonly RequestStatus[];
  /** The status after it (the same one for a comment or a pause). */
  status: RequestStatus;
  action: TimelineAction;
  note: string;
  held?: boolean;
  photos?: TimelineEntry['photos'];
  metrics?: Metric[];
  level?: number;
  /** Other fields the step changes (status, rev, timeline and the bookkeeping are set here). */
  set?: Omit<NonNullable<Update<RequestDoc>['set']>, 'status' | 'rev' | 'timeline'>;
  /** Rewrites the entries before this step's own is appended (a review clearing what it held). */
  rewrite?: (timeline: TimelineEntry[]) => TimelineEntry[];
}

/** Plans the step from the request as it is, or refuses it (a DomainError, e.g. 已由某某受理). */
export type Planner = (r: RequestDoc) => Step;

const ATTEMPTS = 4;

/** The conditional update that takes a planned step on the request as read, and the request as it will be after. */
function write(r: RequestDoc, step: Step, actor: Actor, now: number, batched = false): Conditional<RequestDoc> & { next: RequestDoc } {
  const rev = r.rev + 1;
  const after = { ...r, ...step.set, status: step.status } as RequestDoc;
  const entry: TimelineEntry = {
    rev,
    at: now,
    action: step.action,
    status: step.status,
    by: actor.openid,
    byName: actor.name,
    note: step.note,
    ...(step.held ? { held: true } : {}),
    ...(step.photos?.length ? { photos: step.photos } : {}),
    ...(step.level !== undefined ? { level: step.level } : {}),
    metrics: step.metrics ?? [],
    from: { shard: shardOf(r), status: r.status },
    to: { shard: shardOf(after), status: step.status },
    holder: after.holder,
  };
  const filter = { _id: r._id, rev: r.rev, status: { $in: [...step.from] } };
  const timeline = step.rewrite ? [...step.rewrite(r.timeline), entry] : [...r.timeline, entry];
  // A person's step is marked pending until its effects are in; a batch's step is covered by the batch's document.
  const bookkeeping = batched ? { status: step.status, rev, updatedAt: now, pendingAt: null, appliedRev: rev } : { status: step.status, rev, updatedAt: now, pendingAt: now };
  // Appended by a push, so that the update sends one entry; a rewrite sends the whole timeline, on the same rev.
  const update = (step.rewrite ? { set: { ...step.set, ...bookkeeping, timeline } } : { set: { ...step.set, ...bookkeeping }, push: { timeline: [entry] } }) as Update<RequestDoc>;
  return { filter, update, next: { ...after, ...bookkeeping, timeline } };
}

const settled = (r: RequestDoc): RequestDoc => ({ ...r, appliedRev: r.rev, pendingAt: null });

/**
 * Takes one step of a request's life: ONE conditional update of the request (on the rev it was read at and the
 * statuses the step allows) that sets its new state and appends its timeline entry. When the request moved on in
 * between (a comment, another worker), it is read again and the step planned again, so the planner can refuse it
 * with the reason (two workers pressing 受理: one wins, the other is told who has it). Then the step's effects.
 */
export async function takeStep(ctx: ActionContext, first: RequestDoc, actor: Actor, plan: Planner, cache?: PeopleCache): Promise<RequestDoc> {
  let r = first;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = ctx.clock.now();
    const { filter, update, next } = write(r, plan(r), actor, now);
    if ((await ctx.store.updateWhere(REQUESTS, filter, update)) === 1) {
      await settleEffects(ctx.store, next, now, cache);
      return settled(next);
    }
    const fresh = await getRequest(ctx.store, r._id);
    if (!fresh) throw notFound('该诉求');
    r = fresh;
  }
  throw new DomainError('CONFLICT', '该诉求正在被他人处理，请稍后刷新再试');
}

/**
 * The same step planned on each of many requests (a timer's batch): a batch document naming them first, then one
 * updateEach taking every step (each still one conditional write, which also records its effects as applied), their
 * effects together, and the batch document removed. A request the planner refuses is left alone; one that moved on
 * since it was read goes through takeStep on its own (read again, planned again). A batch of one is simply that.
 * Returns how many requests took the step.
 */
export async function takeSteps(ctx: ActionContext, requests: readonly RequestDoc[], actor: Actor, plan: Planner, cache: PeopleCache = new Map()): Promise<number> {
  const now = ctx.clock.now();
  const planned = requests.flatMap((r) => {
    try {
      return [{ r, ...write(r, plan(r), actor, now, true) }];
    } catch (err) {
      if (err instanceof DomainError) return [];
      throw err;
    }
  });
  let moved = 0;
  let missed = planned.map((p) => p.r);
  if (planned.length > 1) {
    const batch: BatchDoc = { _id: newId('rb', now), at: now, steps: planned.map(({ r, next }) => ({ id: r._id, after: r.appliedRev, rev: next.rev })) };
    await ctx.store.insert(BATCHES, batch);
    const counts = await ctx.store.updateEach(REQUESTS, planned);
    const taken = planned.filter((_, i) => counts[i] === 1);
    await applySteps(ctx.store, taken.flatMap(({ r, next }) => stepsOf(next, r.appliedRev)), now, cache);
    await ctx.store.remove(BATCHES, batch._id);
    moved = taken.length;
    missed = planned.filter((_, i) => counts[i] !== 1).map((p) => p.r);
  }
  for (const r of missed) {
    const again = await takeStep(ctx, r, actor, plan, cache).then(
      () => true,
      (err: unknown) => (err instanceof DomainError ? false : Promise.reject(err)),
    );
    if (again) moved++;
  }
  return moved;
}
