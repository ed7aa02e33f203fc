import type { RequestStatus } from '../../../types/request-names';
import type { Holder } from './holders';

/** A photo a resident or a worker attached: its file id and whether it may be shown to everyone who reads the request. */
export interface Photo {
  fileId: string;
  /** `review`: shown to its author and the person accountable only, until a community admin clears it. */
  verdict: 'pass' | 'review';
  by: string;
  /** The media check's trace id while its asynchronous answer is awaited (WeChat). */
  traceId?: string;
}

/** What happened in one step of a request's life. */
export type TimelineAction =
  | 'submit'
  | 'assign'
  | 'accept'
  | 'start'
  | 'comment'
  | 'reply'
  | 'resolve'
  | 'confirm'
  | 'reopen'
  | 'rate'
  | 'close'
  | 'transfer'
  | 'escalate'
  | 'pause'
  | 'resume'
  | 'handoff'
  | 'return'
  | 'handover'
  | 'clear';

/** Counted with the change, into the week's shard of the unit that owned the request then (stats.repository.ts). */
export type Metric =
  | 'received'
  | 'acceptedOnTime'
  | 'acceptMissed'
  | 'resolved'
  | 'resolvedOnTime'
  | 'resolveMissed'
  | 'rated'
  | 'satisfied'
  | 'basic'
  | 'dissatisfied'
  | 'reopened'
  | 'escalated';

/** Where the request was counted before and after the step (the shard is its grid, else its community). */
export interface Placement {
  shard: string;
  status: RequestStatus;
}

/**
 * One step of the timeline, kept in the request document: the resident sees it (who, when, what, and the note),
 * and it carries what the step sets off, so that its effects can be applied (or finished by the sweep) from the
 * entry alone. The timeline is bounded (MAX_TIMELINE): states are few, and comments have their own limit.
 */
export interface TimelineEntry {
  /** The request's rev after this step: one step, one rev. */
  rev: number;
  at: number;
  action: TimelineAction;
  status: RequestStatus;
  by: string;
  byName: string;
  note: string;
  /** The note awaits a person's review (content check): shown to its author and the accountable person only. */
  held?: boolean;
  photos?: Photo[];
  /** Effects: counters to add, and the status count to move (when the status or the shard changed; from nothing for a new request). */
  metrics: Metric[];
  from: Placement | null;
  to: Placement;
  /** Whose turn it is after the step: the messages of the step go to them (or come from them). */
  holder: Holder;
  /** An escalation's new level. */
  level?: number;
}

/** A request's timeline holds at most this many entries; comments and replies at most MAX_COMMENTS of them. */
export const MAX_TIMELINE = 80;
export const MAX_COMMENTS = 40;

export const TIMER_ACTOR = { openid: 'system:timer', name: '系统' };
