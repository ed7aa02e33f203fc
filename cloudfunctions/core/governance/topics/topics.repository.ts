import { createHash } from 'node:crypto';
import type { Choice, RollUnit } from '../../../../types/functions/governance-topics';
import type { PassingRule, TopicKind, VoterBasis } from '../../../../types/governance';
import type { Store } from '../../store/port';

/**
 * 大事共议. A topic is written by its organisers only. Votes never touch it: each vote is its own ballot under a
 * deterministic id (topic + household, person or owner), created once and then changed by one conditional update
 * that holds only before the deadline; results are counted from the ballots at the deadline. So no document is
 * written by every voter, and two phones of one household racing leave one ballot.
 */
export const TOPICS = 'gov_topics';
export const BALLOTS = 'gov_ballots';
export const COMMENTS = 'gov_comments';
/** Who may take part in a topic as it opened: the list its two fan-out notices go to (topic-notices.ts). */
export const ROSTERS = 'gov_topic_rosters';

export interface TopicDoc {
  _id: string;
  communityId: string;
  kind: TopicKind;
  title: string;
  body: string;
  documents: Array<{ title: string; summary: string }>;
  buildingIds: string[];
  entrance: number | null;
  options: string[];
  deadline: number;
  consultation: { basis: VoterBasis; eligible: number; quorum: { num: number; den: number }; passing: PassingRule } | null;
  /** The owners' roll of the building or 单元, as the 不动产登记簿 has it (rooms, areas, 权利人 numbers; no names). */
  owners: { matter: number; roll: RollUnit[] } | null;
  openedBy: string;
  openedAt: number;
  minutes: { decision: string; followUp: string; at: number } | null;
  projectId: string | null;
}

export interface BallotDoc {
  _id: string;
  topicId: string;
  /** What counts once: a household (building:单元:room), a person, or an owner (owner:<权利人编号>). */
  voterKey: string;
  buildingId: string;
  choice: Choice;
  /** The topic's deadline: a change is one update conditional on it. */
  deadline: number;
  /** Who cast the current choice: only they are shown it. */
  castBy: string;
  castAt: number;
}

export interface CommentDoc {
  _id: string;
  topicId: string;
  communityId: string;
  author: string;
  /** How the author is shown: a resident by building (西园3栋居民), an officer by role and unit; never a name. */
  who: string;
  text: string;
  at: number;
  held: boolean;
  hidden: { reason: string; at: number } | null;
}

export interface RosterDoc {
  /** The topic's id: one roster per topic, written with it. */
  _id: string;
  communityId: string;
  recipients: string[];
  at: number;
}

/** `tp_` + a hash of the organiser and the form's idempotency key: a retried 发布 is the same topic. */
export const topicIdOf = (openid: string, idempotencyKey: string) => `tp_${createHash('sha1').update(`topic\u0000${openid}\u0000${idempotencyKey}`).digest('hex').slice(0, 24)}`;

export const ballotIdOf = (topicId: string, voterKey: string) => `bl_${createHash('sha1').update(`${topicId}\u0000${voterKey}`).digest('hex').slice(0, 24)}`;

export function topicsOf(store: Store, communityId: string): Promise<TopicDoc[]> {
  return store.find(TOPICS, { communityId }, { orderBy: [['deadline', 'desc']], limit: 200 });
}

/** Every ballot of a topic, a page at a time. */
export async function ballotsOf(store: Store, topicId: string): Promise<BallotDoc[]> {
  const out: BallotDoc[] = [];
  for (;;) {
    const page = await store.find(BALLOTS, { topicId }, { orderBy: [['_id', 'asc']], limit: 1000, skip: out.length });
    out.push(...page);
    if (page.length < 1000) return out;
  }
}

export function commentsOf(store: Store, topicId: string): Promise<CommentDoc[]> {
  return store.find(COMMENTS, { topicId }, { orderBy: [['at', 'asc']], limit: 500 });
}

declare module '../../store/collections' {
  interface CollectionDocs {
    gov_topics: TopicDoc;
    gov_ballots: BallotDoc;
    gov_comments: CommentDoc;
    gov_topic_rosters: RosterDoc;
  }
}
