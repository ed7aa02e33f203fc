import type { RequestStatus } from '../../../types/request-names';
import type { ActionContext } from '../kernel/context';
import { DomainError, notFound } from '../kernel/domain-error';
import type { Update } from '../store/port';
import { settleEffects, type PeopleCache } from './effects';
import { getRequest, REQUESTS, type RequestDoc } from './request.repository';
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

/**
 * Takes one step of a request's life: ONE conditional update of the request (on the rev it was read at and the
 * statuses the step allows) that sets its new state and appends its timeline entry. When the request moved on in
 * between (a comment, another worker), it is read again and the step planned again, so the planner can refuse it
 * with the reason (two workers pressing 受理: one wins, the other is told who has it). Then the step's effects.
 */
export async function takeStep(ctx: ActionContext, first: RequestDoc, actor: Actor, plan: Planner, cache?: PeopleCache): Promise<RequestDoc> {
  let r = first;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const step = plan(r);
    const now = ctx.clock.now();
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
    const bookkeeping = { status: step.status, rev, updatedAt: now, pendingAt: now };
    // Appended by a push, so that the update sends one entry; a rewrite sends the whole timeline, on the same rev.
    const update = (step.rewrite ? { set: { ...step.set, ...bookkeeping, timeline } } : { set: { ...step.set, ...bookkeeping }, push: { timeline: [entry] } }) as Update<RequestDoc>;
    if ((await ctx.store.updateWhere(REQUESTS, filter, update)) === 1) {
      const next: RequestDoc = { ...after, rev, updatedAt: now, pendingAt: now, timeline };
      await settleEffects(ctx.store, next, now, cache);
      return { ...next, appliedRev: rev, pendingAt: null };
    }
    const fresh = await getRequest(ctx.store, r._id);
    if (!fresh) throw notFound('该诉求');
    r = fresh;
  }
  throw new DomainError('CONFLICT', '该诉求正在被他人处理，请稍后刷新再试');
}
