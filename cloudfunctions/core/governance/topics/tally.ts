import type { Choice, RollUnit } from '../../../../types/functions/governance-topics';
import type { PassingRule } from '../../../../types/governance';

/** A share and whether it reaches its threshold. Areas are in m², counted exactly in hundredths. */
export interface Share {
  num: number;
  den: number;
  met: boolean;
}

const centi = (area: number) => Math.round(area * 100);

/** Among those who took part: 过半数 is strictly more than half; 三分之二以上 and 四分之三以上 include the number (「以上」). */
export function reaches(rule: PassingRule, part: number, whole: number): boolean {
  if (whole === 0) return false;
  if (rule === 'more_than_half') return part * 2 > whole;
  if (rule === 'two_thirds') return part * 3 >= whole * 2;
  return part * 4 >= whole * 3;
}

export interface ConsultationTally {
  voters: number;
  votes: number[];
  abstain: number;
  turnout: Share;
  passed: boolean[];
}

/** 征求意见: one ballot per household (or person); turnout against the eligible count, the passing rule among voters. */
export function consultationTally(choices: readonly Choice[], options: number, settings: { eligible: number; quorum: { num: number; den: number }; passing: PassingRule }): ConsultationTally {
  const votes = Array.from({ length: options }, (_, i) => choices.filter((c) => c === i).length);
  const abstain = choices.filter((c) => c === 'abstain').length;
  const voters = choices.length;
  const quorumMet = voters * settings.quorum.den >= settings.eligible * settings.quorum.num;
  return {
    voters,
    votes,
    abstain,
    turnout: { num: voters, den: settings.eligible, met: quorumMet },
    passed: votes.map((v) => quorumMet && reaches(settings.passing, v, voters)),
  };
}

export interface OwnersTally {
  area: Share;
  headcount: Share;
  participated: boolean;
  /** Per option: its area and headcount among those who took part, and whether each reaches the rule. */
  passing: Array<{ area: Share; headcount: Share }>;
  votes: number[];
  votesArea: number[];
  abstain: number;
  abstainArea: number;
  passed: boolean[];
}

/**
 * 民法典 第二百七十八条, counted as the 建筑物区分所有权解释 says (第八条、第九条): area by the 不动产登记簿 roll; one unit
 * one owner, an owner of several units once by headcount and with the sum of their areas. Participation needs ≥ 2/3
 * of the area and ≥ 2/3 of the owners; passing needs ≥ 3/4 of both among participants for items 六–八 (`special`),
 * more than half of both otherwise.
 */
export function ownersTally(roll: readonly RollUnit[], ballots: ReadonlyArray<{ owner: string; choice: Choice }>, options: number, special: boolean): OwnersTally {
  const areaOf = new Map<string, number>();
  for (const u of roll) areaOf.set(u.owner, (areaOf.get(u.owner) ?? 0) + centi(u.area));
  const totalArea = [...areaOf.values()].reduce((a, b) => a + b, 0);
  const cast = new Map<string, Choice>();
  for (const b of ballots) if (areaOf.has(b.owner)) cast.set(b.owner, b.choice);
  const partArea = [...cast.keys()].reduce((a, o) => a + areaOf.get(o)!, 0);
  const partOwners = cast.size;
  const area: Share = { num: partArea / 100, den: totalArea / 100, met: partArea * 3 >= totalArea * 2 };
  const headcount: Share = { num: partOwners, den: areaOf.size, met: partOwners * 3 >= areaOf.size * 2 };
  const participated = area.met && headcount.met;
  const rule: PassingRule = special ? 'three_quarters' : 'more_than_half';
  const of = (choice: Choice) => [...cast.entries()].filter(([, c]) => c === choice).map(([o]) => o);
  const passing = Array.from({ length: options }, (_, i) => {
    const owners = of(i);
    const a = owners.reduce((s, o) => s + areaOf.get(o)!, 0);
    return { area: { num: a / 100, den: partArea / 100, met: reaches(rule, a, partArea) }, headcount: { num: owners.length, den: partOwners, met: reaches(rule, owners.length, partOwners) } };
  });
  const abstainers = of('abstain');
  return {
    area,
    headcount,
    participated,
    passing,
    votes: passing.map((p) => p.headcount.num),
    votesArea: passing.map((p) => p.area.num),
    abstain: abstainers.length,
    abstainArea: abstainers.reduce((s, o) => s + areaOf.get(o)!, 0) / 100,
    passed: passing.map((p) => participated && p.area.met && p.headcount.met),
  };
}
