import { consultationTally, ownersTally, reaches } from '../../cloudfunctions/core/governance/topics/tally';
import type { RollUnit } from '../../types/functions/governance-topics';

/**
 * 民法典 第二百七十八条 at its exact boundaries. The roll: owner A holds two units (100 m² each), B, C and D one of
 * 100 m², E and F one of 50 m²: 600 m² and six owners (seven units; A counts once by headcount, with 200 m²).
 */
const ROLL: RollUnit[] = [
  { entrance: 1, room: '101', area: 100, owner: 'A' },
  { entrance: 1, room: '102', area: 100, owner: 'A' },
  { entrance: 1, room: '201', area: 100, owner: 'B' },
  { entrance: 1, room: '202', area: 100, owner: 'C' },
  { entrance: 1, room: '301', area: 100, owner: 'D' },
  { entrance: 1, room: '302', area: 50, owner: 'E' },
  { entrance: 1, room: '401', area: 50, owner: 'F' },
];
const cast = (yes: string[], others: string[] = [], other: 1 | 'abstain' = 'abstain') => [...yes.map((owner) => ({ owner, choice: 0 as const })), ...others.map((owner) => ({ owner, choice: other }))];

describe('participation: ≥ 2/3 of the area and ≥ 2/3 of the owners', () => {
  it('counts an owner of two units once by headcount and with the sum of their areas', () => {
    const t = ownersTally(ROLL, cast(['A']), 1, false);
    expect(t.headcount).toEqual({ num: 1, den: 6, met: false });
    expect(t.area).toEqual({ num: 200, den: 600, met: false });
  });

  it('is reached at exactly 2/3 of the area (400 of 600 m²) but missed at 3 of 6 owners', () => {
    const t = ownersTally(ROLL, cast(['A', 'B']), 1, false);
    expect(t.area).toEqual({ num: 300, den: 600, met: false });
    const exact = ownersTally(ROLL, cast(['A', 'B', 'C']), 1, false);
    expect(exact.area).toEqual({ num: 400, den: 600, met: true });
    expect(exact.headcount).toEqual({ num: 3, den: 6, met: false });
    expect(exact.participated).toBe(false);
    expect(exact.passed).toEqual([false]);
  });

  it('is reached at exactly 4 of 6 owners but missed at 300 of 600 m²', () => {
    const t = ownersTally(ROLL, cast(['B', 'C', 'E', 'F']), 1, false);
    expect(t.headcount).toEqual({ num: 4, den: 6, met: true });
    expect(t.area).toEqual({ num: 300, den: 600, met: false });
    const both = ownersTally(ROLL, cast(['A', 'B', 'C', 'E']), 1, false);
    expect([both.area.met, both.headcount.met, both.participated]).toEqual([true, true, true]);
  });

  it('counts an abstention as taking part, never as agreeing', () => {
    const t = ownersTally(ROLL, cast(['A', 'B'], ['C', 'D']), 1, false);
    expect([t.area.num, t.headcount.num, t.participated]).toEqual([500, 4, true]);
    expect(t.passing[0]).toEqual({ area: { num: 300, den: 500, met: true }, headcount: { num: 2, den: 4, met: false } });
    expect([t.abstain, t.abstainArea]).toEqual([2, 200]);
  });
});

describe('passing, among those who took part', () => {
  it('items 六–八 need ≥ 3/4 of both: reached at exactly 3 of 4 owners with 400 of 500 m², missed at 300 of 500 m²', () => {
    const met = ownersTally(ROLL, cast(['A', 'B', 'C'], ['D'], 1), 1, true);
    expect(met.passing[0]).toEqual({ area: { num: 400, den: 500, met: true }, headcount: { num: 3, den: 4, met: true } });
    expect(met.passed).toEqual([true]);
    const missed = ownersTally(ROLL, cast(['B', 'C', 'D'], ['A'], 1), 1, true);
    expect(missed.passing[0]).toEqual({ area: { num: 300, den: 500, met: false }, headcount: { num: 3, den: 4, met: true } });
    expect(missed.passed).toEqual([false]);
  });

  it('items 六–八: exactly 3/4 of the area (450 of 600 m²) passes the area, 4 of 6 owners misses the headcount', () => {
    const t = ownersTally(ROLL, cast(['A', 'B', 'C', 'E'], ['D', 'F'], 1), 1, true);
    expect(t.passing[0]).toEqual({ area: { num: 450, den: 600, met: true }, headcount: { num: 4, den: 6, met: false } });
    expect(t.passed).toEqual([false]);
    const five = ownersTally(ROLL, cast(['A', 'B', 'C', 'D', 'E'], ['F'], 1), 1, true);
    expect(five.passed).toEqual([true]);
  });

  it('the other items need more than half of both: exactly half the owners is not enough', () => {
    const half = ownersTally(ROLL, cast(['A', 'B'], ['C', 'D'], 1), 1, false);
    expect(half.passing[0]!.headcount).toEqual({ num: 2, den: 4, met: false });
    expect(half.passing[0]!.area.met).toBe(true);
    expect(half.passed).toEqual([false]);
    const more = ownersTally(ROLL, cast(['A', 'B', 'C'], ['D'], 1), 1, false);
    expect(more.passed).toEqual([true]);
  });

  it('reads areas with two decimals exactly', () => {
    const roll: RollUnit[] = [
      { entrance: 1, room: '101', area: 66.67, owner: 'X' },
      { entrance: 1, room: '102', area: 33.33, owner: 'Y' },
      { entrance: 1, room: '103', area: 0.01 * 100, owner: 'Z' },
    ];
    expect(ownersTally(roll, cast(['X', 'Y']), 1, false).area).toEqual({ num: 100, den: 101, met: true });
  });

  it('ignores a ballot of someone not on the roll', () => {
    expect(ownersTally(ROLL, cast(['Q']), 1, false).headcount.num).toBe(0);
  });
});

describe('consultations and the passing rules', () => {
  it('「以上」 includes the number; 过半数 is strictly more than half', () => {
    expect([reaches('two_thirds', 2, 3), reaches('two_thirds', 199, 300), reaches('three_quarters', 3, 4), reaches('three_quarters', 74, 99)]).toEqual([true, false, true, false]);
    expect([reaches('more_than_half', 5, 10), reaches('more_than_half', 6, 10), reaches('more_than_half', 0, 0)]).toEqual([false, true, false]);
  });

  it('counts turnout against the eligible households and the rule among voters', () => {
    const choices = [0, 0, 0, 0, 0, 0, 0, 1, 1, 'abstain'] as const;
    const t = consultationTally(choices, 2, { eligible: 12, quorum: { num: 1, den: 2 }, passing: 'more_than_half' });
    expect(t).toEqual({ voters: 10, votes: [7, 2], abstain: 1, turnout: { num: 10, den: 12, met: true }, passed: [true, false] });
    expect(consultationTally(choices, 2, { eligible: 12, quorum: { num: 5, den: 6 }, passing: 'three_quarters' }).passed).toEqual([false, false]);
    expect(consultationTally(choices.slice(0, 5), 2, { eligible: 12, quorum: { num: 1, den: 2 }, passing: 'more_than_half' }).turnout.met).toBe(false);
  });
});
