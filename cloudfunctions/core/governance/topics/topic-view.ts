import type { TopicView } from '../../../../types/functions/governance-topics';
import { ownerMatterOf } from '../../../../types/governance';
import type { Caller } from '../../kernel/context';
import { unitsByIds } from '../../org/org.repository';
import type { Store } from '../../store/port';
import { PROJECTS } from '../lists/lists.repository';
import { eligibility } from './eligibility';
import { BALLOTS, ballotIdOf, type TopicDoc } from './topics.repository';

export async function buildingNames(store: Store, topics: readonly TopicDoc[]): Promise<Map<string, string>> {
  const units = await unitsByIds(store, topics.flatMap((t) => t.buildingIds));
  return new Map([...units].map(([id, u]) => [id, u.name]));
}

export function topicSummary(t: TopicDoc, names: ReadonlyMap<string, string>, now: number) {
  return { id: t._id, kind: t.kind, title: t.title, buildings: t.buildingIds.map((b) => names.get(b) ?? b), entrance: t.entrance, deadline: t.deadline, open: now < t.deadline };
}

/** A topic for the caller: whether and how they take part, and their own vote only (never anyone else's). */
export async function topicView(store: Store, caller: Caller, t: TopicDoc, now: number, officer: boolean): Promise<TopicView> {
  const names = await buildingNames(store, [t]);
  const [who, project] = await Promise.all([eligibility(store, caller, t, names), t.projectId ? store.get(PROJECTS, t.projectId) : null]);
  const ballot = who.ok ? await store.get(BALLOTS, ballotIdOf(t._id, who.voterKey)) : null;
  const owners = t.owners ? new Set(t.owners.roll.map((u) => u.owner)).size : 0;
  return {
    ...topicSummary(t, names, now),
    body: t.body,
    documents: t.documents,
    options: t.options,
    consultation: t.consultation,
    owners: t.owners ? { matter: t.owners.matter, special: ownerMatterOf(t.owners.matter).special, units: t.owners.roll.length, owners, area: Math.round(t.owners.roll.reduce((a, u) => a + u.area * 100, 0)) / 100 } : null,
    myChoice: ballot && ballot.castBy === caller.openid ? ballot.choice : null,
    countedForMe: ballot !== null,
    cannotVote: who.ok ? (now < t.deadline ? null : '投票已截止') : who.why,
    minutes: t.minutes,
    project: project ? { id: project._id, title: project.title } : null,
    manage: officer,
  };
}
