import type { Choice, Results } from '../../../../types/functions/governance-topics';
import { OWNER_CHINESE_ITEMS, PASSING_RULE_LABELS, ownerMatterOf } from '../../../../types/governance';
import type { ActionContext } from '../../kernel/context';
import { DomainError, forbidden, invalid } from '../../kernel/domain-error';
import { DuplicateKeyError } from '../../store/port';
import { eligibility } from './eligibility';
import { consultationTally, ownersTally } from './tally';
import { BALLOTS, ballotIdOf, ballotsOf, type BallotDoc, type TopicDoc } from './topics.repository';
import { buildingNames } from './topic-view';
import { readTopic } from './topics.service';

const CLOSED = '投票已截止，不能再投票或修改';

/**
 * One vote: the ballot of the caller's household (or person, or owner) is created under its deterministic id, or, when
 * it exists, changed by one update conditional on the deadline not having passed. Two phones of one household racing
 * leave one ballot, the later choice standing; nothing any voter writes is shared with another voter.
 */
export async function vote(ctx: ActionContext, input: { id: string; choice: Choice }): Promise<{ myChoice: Choice }> {
  const { topic } = await readTopic(ctx, input.id);
  const now = ctx.clock.now();
  if (now >= topic.deadline) throw new DomainError('CONFLICT', CLOSED);
  if (input.choice !== 'abstain' && input.choice >= topic.options.length) throw invalid('请选择议题中的选项', { choice: '请选择议题中的选项' });
  const who = await eligibility(ctx.store, ctx.caller, topic, await buildingNames(ctx.store, [topic]));
  if (!who.ok) throw forbidden(who.why);
  const id = ballotIdOf(topic._id, who.voterKey);
  const ballot: BallotDoc = { _id: id, topicId: topic._id, voterKey: who.voterKey, buildingId: who.buildingId, choice: input.choice, deadline: topic.deadline, castBy: ctx.caller.openid, castAt: now };
  try {
    await ctx.store.insert(BALLOTS, ballot);
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
    const changed = await ctx.store.updateWhere(BALLOTS, { _id: id, deadline: { $gt: now } }, { set: { choice: input.choice, castBy: ctx.caller.openid, castAt: now } });
    if (changed !== 1) throw new DomainError('CONFLICT', CLOSED);
  }
  return { myChoice: input.choice };
}

function byBuilding(topic: TopicDoc, ballots: readonly BallotDoc[], names: ReadonlyMap<string, string>) {
  return topic.buildingIds.map((b) => {
    const here = ballots.filter((x) => x.buildingId === b);
    return { building: names.get(b) ?? b, voters: here.length, options: topic.options.map((_, i) => here.filter((x) => x.choice === i).length), abstain: here.filter((x) => x.choice === 'abstain').length };
  });
}

const hidden = (topic: TopicDoc): Results => ({
  published: false,
  deadline: topic.deadline,
  kind: topic.kind,
  options: [],
  abstain: { votes: 0, area: null },
  byBuilding: [],
  consultation: null,
  owners: null,
  outcome: '投票截止后公布结果和参与情况',
});

/** Aggregates only, and only from the deadline on: before it, not even the turnout. */
export async function results(ctx: ActionContext, input: { id: string }): Promise<Results> {
  const { topic } = await readTopic(ctx, input.id);
  if (ctx.clock.now() < topic.deadline) return hidden(topic);
  const [ballots, names] = await Promise.all([ballotsOf(ctx.store, topic._id), buildingNames(ctx.store, [topic])]);
  const counted = ballots.filter((b) => b.castAt < topic.deadline);
  const base = { published: true, deadline: topic.deadline, kind: topic.kind, byBuilding: byBuilding(topic, counted, names) };
  if (topic.owners) {
    const matter = ownerMatterOf(topic.owners.matter);
    const t = ownersTally(topic.owners.roll, counted.map((b) => ({ owner: b.voterKey.slice('owner:'.length), choice: b.choice })), topic.options.length, matter.special);
    const winner = t.passed.findIndex(Boolean);
    const rule = matter.special ? '双四分之三以上' : '双过半数';
    return {
      ...base,
      options: topic.options.map((label, i) => ({ label, votes: t.votes[i]!, area: t.votesArea[i]!, passed: t.passed[i]! })),
      abstain: { votes: t.abstain, area: t.abstainArea },
      consultation: null,
      owners: { special: matter.special, area: t.area, headcount: t.headcount, participated: t.participated, passing: t.passing },
      outcome: !t.participated
        ? '参与表决的专有部分面积或业主人数未达三分之二，表决未通过'
        : winner >= 0
          ? `“${topic.options[winner]}”获${rule}同意（第二百七十八条第${OWNER_CHINESE_ITEMS[matter.item - 1]}项），表决通过`
          : `没有选项达到${rule}同意，表决未通过`,
    };
  }
  const settings = topic.consultation!;
  const t = consultationTally(counted.map((b) => b.choice), topic.options.length, settings);
  const winner = t.passed.findIndex(Boolean);
  return {
    ...base,
    options: topic.options.map((label, i) => ({ label, votes: t.votes[i]!, area: null, passed: t.passed[i]! })),
    abstain: { votes: t.abstain, area: null },
    consultation: { basis: settings.basis, voters: t.voters, eligible: settings.eligible, turnout: t.turnout, rule: settings.passing },
    owners: null,
    outcome: !t.turnout.met
      ? `参与${settings.basis === 'household' ? '户数' : '人数'}未达议题设定的比例，意见仅供参考`
      : winner >= 0
        ? `“${topic.options[winner]}”获参与者${PASSING_RULE_LABELS[settings.passing]}赞成`
        : `没有选项获参与者${PASSING_RULE_LABELS[settings.passing]}赞成`,
  };
}
