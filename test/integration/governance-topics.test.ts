import type { AuditDoc } from '../../cloudfunctions/core/audit/audit';
import { snapshotData } from '../support/db-snapshot';
import { consultation, verifiedResident } from '../support/governance-fixtures';
import { useTestHost } from '../support/use-test-host';
import { RESIDENCE_REFUSALS } from '../../types/residence';

const host = useTestHost();
/** Runs `fn` with the clock moved past `deadline`, then puts it back for the file's other tests. */
async function afterDeadline<T>(deadline: number, fn: () => Promise<T>): Promise<T> {
  const now = host.clock.now();
  host.clock.set(deadline + 1);
  try {
    return await fn();
  } finally {
    host.clock.set(now);
  }
}

describe('a consultation (征求意见), one vote per household', () => {
  it('12 households in building 3, 10 vote from 11 phones, 7 yes, 2 no, 1 abstain: 10 households, and no voter in any answer', async () => {
    const phones = Array.from({ length: 12 }, (_, i) => `b3-household-${i + 1}`);
    for (const [i, openid] of phones.entries()) await verifiedResident(host, openid, 'bd-xiyuan-03', 2, `${i + 1}01`);
    // The second phone of household 1: the same 单元 and room, verified too.
    await verifiedResident(host, 'b3-household-1-spouse', 'bd-xiyuan-03', 2, '101');
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host));
    const answers: unknown[] = [topic];
    const plan: Array<[string, 0 | 1 | 'abstain']> = [
      ['b3-household-1', 0],
      ['b3-household-1-spouse', 0],
      ...phones.slice(1, 7).map((p) => [p, 0] as [string, 0]),
      ['b3-household-8', 1],
      ['b3-household-9', 1],
      ['b3-household-10', 'abstain'],
    ];
    // Both phones of household 1 at once, and everyone else at the same time.
    answers.push(...(await Promise.all(plan.map(([who, choice]) => host.callOk(who, 'governance', 'vote', { id: topic.id, choice })))));
    const before = await host.callOk('b3-household-11', 'governance', 'results', { id: topic.id });
    expect(before).toMatchObject({ published: false, options: [], byBuilding: [], consultation: null });
    answers.push(before, await host.callOk('b3-household-2', 'governance', 'topic', { id: topic.id }));
    const results = await afterDeadline(topic.deadline, () => host.callOk('b3-household-11', 'governance', 'results', { id: topic.id }));
    answers.push(results);
    expect(results.published).toBe(true);
    expect(results.consultation).toEqual({ basis: 'household', voters: 10, eligible: 12, turnout: { num: 10, den: 12, met: true }, rule: 'more_than_half' });
    expect(results.options.map((o) => [o.label, o.votes, o.passed])).toEqual([['同意', 7, true], ['不同意', 2, false]]);
    expect(results.abstain.votes).toBe(1);
    expect(results.byBuilding).toEqual([{ building: '西园3栋', voters: 10, options: [7, 2], abstain: 1 }]);
    expect(results.outcome).toContain('同意');
    const text = JSON.stringify(answers);
    for (const openid of [...phones, 'b3-household-1-spouse']) expect(text).not.toContain(openid);
    for (const name of [...phones]) expect(text).not.toContain(name);
  }, 60_000);

  it('shows a voter their own choice only; another phone of the household sees it counted, not what it was; a change holds until the deadline', async () => {
    await verifiedResident(host, 'b3-couple-a', 'bd-xiyuan-03', 3, '501');
    await verifiedResident(host, 'b3-couple-b', 'bd-xiyuan-03', 3, '501');
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host, { title: '西园3栋楼下增设快递柜' }));
    await host.callOk('b3-couple-a', 'governance', 'vote', { id: topic.id, choice: 1 });
    expect(await host.callOk('b3-couple-a', 'governance', 'topic', { id: topic.id })).toMatchObject({ myChoice: 1, countedForMe: true, cannotVote: null });
    expect(await host.callOk('b3-couple-b', 'governance', 'topic', { id: topic.id })).toMatchObject({ myChoice: null, countedForMe: true });
    await host.callOk('b3-couple-b', 'governance', 'vote', { id: topic.id, choice: 0 });
    expect((await host.callOk('b3-couple-a', 'governance', 'topic', { id: topic.id })).myChoice).toBeNull();
    const late = await afterDeadline(topic.deadline, async () => {
      const before = snapshotData(host.dataDir).c_gov_ballots;
      const res = await host.call('b3-couple-a', 'governance', 'vote', { id: topic.id, choice: 1 });
      expect(snapshotData(host.dataDir).c_gov_ballots).toEqual(before);
      return [res, await host.callOk('b3-couple-a', 'governance', 'results', { id: topic.id })] as const;
    });
    expect(late[0].error).toMatchObject({ code: 'CONFLICT', message: '投票已截止，不能再投票或修改' });
    expect(late[1].options.map((o) => o.votes)).toEqual([1, 0]);
  }, 30_000);

  it('refuses a resident of building A on a topic for building B, an unverified resident, and an out-of-scope organiser, writing nothing', async () => {
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host, { title: '西园3栋外墙粉刷颜色' }));
    const before = snapshotData(host.dataDir);
    const other = await host.call('demo-building-head', 'governance', 'vote', { id: topic.id, choice: 0 }); // verified in 西园6栋
    expect(other.error).toMatchObject({ code: 'FORBIDDEN', message: '该议题仅面向西园3栋已核实的住户' });
    const unverified = await host.call('demo-resident-2', 'governance', 'vote', { id: topic.id, choice: 0 });
    expect(unverified.error).toMatchObject({ code: 'FORBIDDEN', message: RESIDENCE_REFUSALS.household });
    expect((await host.call('demo-building-head', 'governance', 'comment', { id: topic.id, text: '我也想参加讨论' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-admin-2', 'governance', 'openTopic', consultation(host))).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-secretary-2', 'governance', 'topic', { id: topic.id })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-resident', 'governance', 'openTopic', consultation(host))).error?.code).toBe('FORBIDDEN');
    const foreign = await host.call('demo-secretary', 'governance', 'openTopic', consultation(host, { buildingIds: ['bd-dongqiao-01'] }));
    expect(foreign.error?.fields?.buildingIds).toBe('请选择本社区的楼栋');
    expect((await host.call('demo-resident', 'governance', 'vote', { id: topic.id, choice: 4 })).error?.code).toBe('INVALID_INPUT');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});

describe('an owners’ decision (业主表决, 民法典第二百七十八条)', () => {
  it('counts verified owners on the roll of the 单元, an owner of two units once with both areas, and shows both ratios and thresholds', async () => {
    // 王建国 (demo-resident) is the verified owner of 3栋1单元302, and on the roll holds 303 too.
    await verifiedResident(host, 'b3-owner-401', 'bd-xiyuan-03', 1, '401', 100);
    await verifiedResident(host, 'b3-tenant-402', 'bd-xiyuan-03', 1, '402');
    await verifiedResident(host, 'b3-owner-2-101', 'bd-xiyuan-03', 2, '1101', 90);
    const roll = [
      { entrance: 1, room: '302', area: 89.56, owner: 'P1' },
      { entrance: 1, room: '303', area: 50, owner: 'P1' },
      { entrance: 1, room: '401', area: 100, owner: 'P2' },
      { entrance: 1, room: '402', area: 60, owner: 'P3' },
    ];
    const topic = await host.callOk(
      'demo-admin',
      'governance',
      'openTopic',
      consultation(host, { kind: 'owners', title: '西园3栋1单元加装电梯', buildingIds: ['bd-xiyuan-03'], entrance: 1, options: ['同意'], consultation: undefined, owners: { matter: 7, roll } }),
    );
    expect(topic.owners).toEqual({ matter: 7, special: true, units: 4, owners: 3, area: 299.56 });
    expect((await host.call('b3-tenant-402', 'governance', 'vote', { id: topic.id, choice: 0 })).error).toMatchObject({ code: 'FORBIDDEN', message: RESIDENCE_REFUSALS.owner });
    expect((await host.call('b3-owner-2-101', 'governance', 'vote', { id: topic.id, choice: 0 })).error).toMatchObject({ code: 'FORBIDDEN', message: '该议题仅面向西园3栋1单元的业主' });
    await host.callOk('demo-resident', 'governance', 'vote', { id: topic.id, choice: 0 });
    const one = await afterDeadline(topic.deadline, () => host.callOk('demo-resident', 'governance', 'results', { id: topic.id }));
    expect(one.owners).toMatchObject({ special: true, area: { num: 139.56, den: 299.56, met: false }, headcount: { num: 1, den: 3, met: false }, participated: false });
    expect(one.options[0]).toMatchObject({ votes: 1, area: 139.56, passed: false });
    await host.callOk('b3-owner-401', 'governance', 'vote', { id: topic.id, choice: 0 });
    const two = await afterDeadline(topic.deadline, () => host.callOk('demo-resident', 'governance', 'results', { id: topic.id }));
    expect(two.owners).toEqual({
      special: true,
      area: { num: 239.56, den: 299.56, met: true },
      headcount: { num: 2, den: 3, met: true },
      participated: true,
      passing: [{ area: { num: 239.56, den: 239.56, met: true }, headcount: { num: 2, den: 2, met: true } }],
    });
    expect(two.options[0]!.passed).toBe(true);
    expect(two.outcome).toContain('第二百七十八条第七项');
    expect(JSON.stringify(two)).not.toMatch(/demo-resident|b3-owner-401|P1|P2/);
  }, 60_000);

  it('takes the roll as registered: a room twice, or a room of another 单元, is refused', async () => {
    const bad = await host.call(
      'demo-admin',
      'governance',
      'openTopic',
      consultation(host, { kind: 'owners', entrance: 1, consultation: undefined, owners: { matter: 5, roll: [{ entrance: 1, room: '101', area: 80, owner: 'Q1' }, { entrance: 2, room: '101', area: 80, owner: 'Q2' }] } }),
    );
    expect(bad.error?.fields?.['owners.roll']).toBe('名册中有其他单元的房号');
    const twice = await host.call('demo-admin', 'governance', 'openTopic', consultation(host, { kind: 'owners', consultation: undefined, owners: { matter: 5, roll: [{ entrance: 1, room: '101', area: 80, owner: 'Q1' }, { entrance: 1, room: '101', area: 70, owner: 'Q2' }] } }));
    expect(twice.error?.fields?.['owners.roll']).toBe('名册中有重复的房号');
  });
});

describe('discussion and minutes', () => {
  it('passes comments through content security, lets the organiser hide one with a reason (audited), and records minutes after the deadline', async () => {
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host, { title: '西园3栋楼道堆物清理' }));
    const risky = await host.call('demo-resident', 'governance', 'comment', { id: topic.id, text: '欢迎访问赌博网站' });
    expect(risky.error?.code).toBe('CONTENT_REJECTED');
    const held = await host.callOk('demo-resident', 'governance', 'comment', { id: topic.id, text: '加微信了解详情' });
    expect(held.held).toBe(true);
    const fine = await host.callOk('demo-resident', 'governance', 'comment', { id: topic.id, text: '支持清理，建议提前一周通知' });
    expect(fine).toMatchObject({ who: '西园3栋居民', mine: true, held: false });
    const seenBy = async (who: string) => (await host.callOk(who, 'governance', 'comments', { id: topic.id })).items.map((c) => c.id);
    expect(await seenBy('b3-household-2')).toEqual([fine.id]);
    expect((await seenBy('demo-secretary')).sort()).toEqual([held.id, fine.id].sort());
    await host.callOk('demo-secretary', 'governance', 'moderate', { kind: 'comment', id: fine.id, publish: false, reason: '涉及他人隐私' });
    const shown = (await host.callOk('b3-household-2', 'governance', 'comments', { id: topic.id })).items;
    expect(shown).toEqual([expect.objectContaining({ id: fine.id, text: '', hidden: '涉及他人隐私' })]);
    const audit = await host.store.find<AuditDoc>('audit', { target: fine.id });
    expect(audit.map((a) => a.action)).toEqual(['governance.moderate.comment']);
    expect((await host.call('demo-secretary', 'governance', 'recordMinutes', { id: topic.id, decision: '清理堆物', followUp: '物业周六统一清运' })).error?.code).toBe('CONFLICT');
    const minuted = await afterDeadline(topic.deadline, () => host.callOk('demo-secretary', 'governance', 'recordMinutes', { id: topic.id, decision: '清理堆物', followUp: '物业周六统一清运' }));
    expect(minuted.minutes).toMatchObject({ decision: '清理堆物', followUp: '物业周六统一清运' });
    expect((await host.call('demo-secretary-2', 'governance', 'moderate', { kind: 'comment', id: held.id, publish: true })).error?.code).toBe('FORBIDDEN');
  }, 30_000);

  it('publishes the seeded owners’ decision with both ratios: nine of eleven owners, 加装电梯 passed by 3/4 of both', async () => {
    const results = await host.callOk('demo-resident-2', 'governance', 'results', { id: 'tp_demo000000000002' });
    expect(results.owners).toMatchObject({ special: true, headcount: { num: 9, den: 11, met: true }, area: { num: 854.76, den: 1047.56, met: true }, participated: true });
    expect(results.options[0]).toMatchObject({ votes: 8, passed: true });
    expect(JSON.stringify(results)).not.toContain('seed-owner');
  });
});
