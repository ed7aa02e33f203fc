import { RESIDENCE_REFUSALS, type ResidenceLevel } from '../../../../types/residence';
import { POLICY } from '../../access/policy';
import { residesWithin } from '../../access/residence';
import type { Caller } from '../../kernel/context';
import { findHousehold, verifiedIn, type HouseholdClaimDoc } from '../../household/household.repository';
import type { Store } from '../../store/port';
import type { TopicDoc } from './topics.repository';

export type Eligibility = { ok: true; voterKey: string; buildingId: string } | { ok: false; why: string };

/**
 * The level each kind of topic asks of a voter: a consultation what the authorization table declares for `vote`
 * (a verified household), an owners' decision a verified owner (民法典 第二百七十八条 is the owners' matter).
 */
export function levelFor(topic: Pick<TopicDoc, 'kind'>): ResidenceLevel {
  return topic.kind === 'owners' ? 'owner' : POLICY.governance.vote.residenceByRecord;
}

const where = (topic: TopicDoc, names: ReadonlyMap<string, string>) => `${topic.buildingIds.map((b) => names.get(b) ?? b).join('、')}${topic.entrance ? `${topic.entrance}单元` : ''}`;

/**
 * Whether the person of this household claim takes part, and as what: the household (每户一票), the person (每人一票) or
 * the owner by the roll's 权利人编号 (one unit one owner; an owner of several units once). A household or ownership
 * only stated, or one outside the topic's buildings (or 单元), does not count. Pure: a vote asks it of the caller's
 * claim, the topic's roster of every verified claim in its buildings.
 */
export function claimTakesPart(claim: HouseholdClaimDoc | null, topic: TopicDoc, names: ReadonlyMap<string, string>, level = levelFor(topic)): Eligibility {
  const verified = claim?.status === 'verified' && (level === 'household' || claim.owner.status === 'verified');
  if (!claim || !verified || !topic.buildingIds.includes(claim.buildingId)) return { ok: false, why: RESIDENCE_REFUSALS[level] };
  if (topic.entrance !== null && claim.entrance !== topic.entrance) return { ok: false, why: `该议题仅面向${where(topic, names)}${level === 'owner' ? '的业主' : '的住户'}` };
  if (level === 'owner') {
    const unit = topic.owners?.roll.find((u) => u.entrance === claim.entrance && u.room === claim.room);
    if (!unit) return { ok: false, why: '您的房号不在本次表决的业主名册中，请联系社区核对' };
    return { ok: true, voterKey: `owner:${unit.owner}`, buildingId: claim.buildingId };
  }
  return { ok: true, voterKey: topic.consultation?.basis === 'person' ? `person:${claim.openid}` : `household:${claim.householdKey}`, buildingId: claim.buildingId };
}

/** Whether the caller takes part (see claimTakesPart), refusing first, without a read, whoever lives elsewhere. */
export async function eligibility(store: Store, caller: Caller, topic: TopicDoc, names: ReadonlyMap<string, string>, level = levelFor(topic)): Promise<Eligibility> {
  if (!topic.buildingIds.some((b) => residesWithin(caller, level, b))) {
    const anywhere = caller.user?.household?.verified && (level === 'household' || caller.user.household.owner);
    return { ok: false, why: anywhere ? `该议题仅面向${where(topic, names)}${level === 'owner' ? '的业主' : '已核实的住户'}` : RESIDENCE_REFUSALS[level] };
  }
  return claimTakesPart(await findHousehold(store, caller.openid), topic, names, level);
}

/**
 * Everyone who may take part in the topic as it opens: each person with a verified household (for an owners'
 * decision, a verified owner on the roll) in its buildings (or 单元), whichever household they share. They are told it
 * opened and, at the deadline, its results (topic-notices.ts).
 */
export async function participantsOf(store: Store, topic: TopicDoc): Promise<string[]> {
  const level = levelFor(topic);
  const claims = await verifiedIn(store, topic.buildingIds, level);
  return claims.filter((c) => claimTakesPart(c, topic, new Map(), level).ok).map((c) => c.openid);
}
