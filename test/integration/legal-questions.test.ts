import { randomUUID } from 'node:crypto';
import type { ResidentDoc } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { residentKey } from '../../cloudfunctions/core/legal-aid/resident-quota';
import type { QuestionDoc } from '../../cloudfunctions/core/legal-aid/question.repository';
import type { InputOf } from '../../types/api';
import { addResidents, addVolunteer } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { outboxOf } from '../support/activity-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const TEXT = '单位拖欠了三个月工资，老板说年底再发，我能不能现在就要求支付？';
const askInput = (overrides: Partial<InputOf<'legal-aid', 'ask'>> = {}): InputOf<'legal-aid', 'ask'> => ({ specialty: 'labor', service: 'advice', text: TEXT, consent: true, idempotencyKey: randomUUID().replaceAll('-', ''), ...overrides });
const ask = (as: string, overrides: Partial<InputOf<'legal-aid', 'ask'>> = {}) => host.call(as, 'legal-aid', 'ask', askInput(overrides));
const openIds = async (as: string) => (await host.callOk(as, 'legal-aid', 'questions', {})).open.map((q) => q.id);
const questionHolders = async (resident: string) => (await host.store.get<ResidentDoc>('legal_residents', residentKey(resident)))?.questions.holders ?? [];

let lawyers: string[] = [];
beforeAll(async () => {
  lawyers = Array.from({ length: 10 }, (_, i) => `qq-lawyer-${i}`);
  for (const openid of lawyers) await addVolunteer(host, openid, { apply: { specialties: ['labor'] }, hours: null });
  await addVolunteer(host, 'qq-family', { apply: { specialties: ['family'] }, hours: null });
  await addVolunteer(host, 'qq-guide', { apply: { kind: 'guide', licenseNo: undefined, firm: undefined, specialties: ['labor'] }, hours: null });
});

describe('asking', () => {
  it('needs consent, passes the content check, and holds at most three open questions, also when asked at once', async () => {
    const [r] = await addResidents(host, 'qq-ask', 1);
    expect((await host.callRaw(r!, 'legal-aid', 'ask', { ...askInput(), consent: false })).error?.fields).toHaveProperty('consent');
    expect((await ask(r!, { text: '网上赌场稳赚不赔，怎么维权？是不是违法' })).error?.code).toBe('CONTENT_REJECTED');
    const results = await Promise.all(Array.from({ length: 5 }, () => ask(r!)));
    expect(results.filter((x) => x.ok)).toHaveLength(3);
    expect(results.find((x) => !x.ok)?.error).toMatchObject({ code: 'CONFLICT', message: '您已有3个未解答的快速咨询，请等待解答或撤回后再提问' });
    expect(await questionHolders(r!)).toHaveLength(3);
    const { questions } = await host.callOk(r!, 'legal-aid', 'mine', {});
    expect(questions).toHaveLength(3);
    expect(JSON.stringify(questions)).not.toContain('工资');
    // Withdrawing one gives its place back.
    await host.callOk(r!, 'legal-aid', 'withdraw', { id: questions[0]!.id });
    expect((await ask(r!)).ok).toBe(true);
  });
});

describe('claiming: the first claim wins', () => {
  it('volunteers of the specialty see what it is about, never what it says; others do not see it', async () => {
    const [r] = await addResidents(host, 'qq-see', 1);
    const id = (await ask(r!)).data!.question.id;
    expect(await openIds(lawyers[0]!)).toContain(id);
    expect(JSON.stringify(await host.callOk(lawyers[0]!, 'legal-aid', 'questions', {}))).not.toContain('工资');
    expect(await openIds('qq-family')).not.toContain(id);
    // A 法律明白人 gives guidance, not opinions: the question asks for an opinion.
    expect(await openIds('qq-guide')).not.toContain(id);
    expect((await host.call('qq-guide', 'legal-aid', 'claim', { id })).error).toMatchObject({ code: 'FORBIDDEN', message: '法律明白人不提供法律意见，不能认领该问题' });
    const guidance = (await ask(r!, { service: 'guidance' })).data!.question.id;
    expect(await openIds('qq-guide')).toContain(guidance);
  });

  it('ten volunteers claim one question at once: exactly one wins, the rest are told it is taken', async () => {
    const [r] = await addResidents(host, 'qq-race', 1);
    const id = (await ask(r!)).data!.question.id;
    const results = await Promise.all(lawyers.map((l) => host.call(l, 'legal-aid', 'claim', { id })));
    const winners = results.flatMap((res, i) => (res.ok ? [lawyers[i]!] : []));
    expect(winners).toHaveLength(1);
    for (const res of results.filter((x) => !x.ok)) expect(res.error).toMatchObject({ code: 'CONFLICT', message: '该问题已被其他志愿者认领' });
    expect(await host.store.get<QuestionDoc>('legal_questions', id)).toMatchObject({ status: 'claimed', claimedBy: winners[0] });
    // The winner claiming again is told it is theirs.
    expect((await host.callOk(winners[0]!, 'legal-aid', 'claim', { id })).question.status).toBe('claimed');
  });

  it('the claimer reads and answers; the asker is told and reads the answer; nobody else reads either', async () => {
    const [r] = await addResidents(host, 'qq-answer', 1);
    const id = (await ask(r!)).data!.question.id;
    await host.callOk(lawyers[1]!, 'legal-aid', 'claim', { id });
    expect((await host.callOk(lawyers[1]!, 'legal-aid', 'question', { id })).text).toBe(TEXT);
    for (const other of [lawyers[2]!, 'demo-admin', 'demo-street-admin']) expect((await host.call(other, 'legal-aid', 'question', { id })).error?.code).toBe('FORBIDDEN');
    expect((await host.call(lawyers[2]!, 'legal-aid', 'answer', { id, answer: '可以要求支付。' })).error?.code).toBe('FORBIDDEN');
    await host.callOk(lawyers[1]!, 'legal-aid', 'answer', { id, answer: '拖欠工资可向劳动保障监察机构投诉，或申请劳动仲裁。' });
    expect(await outboxOf(host, 'question_answered', r!)).toHaveLength(1);
    expect(await questionHolders(r!)).toEqual([]);
    expect((await host.callOk(r!, 'legal-aid', 'question', { id })).answer).toContain('劳动仲裁');
    const reads = await host.callOk(r!, 'legal-aid', 'reads', { id });
    expect(reads.items.map((x) => x.role).sort()).toEqual(['resident', 'volunteer']);
    expect((await host.call(lawyers[1]!, 'legal-aid', 'answer', { id, answer: '再补充一点。' })).error?.code).toBe('CONFLICT');
  });

  it('a paused volunteer claims nothing, and sees no open questions', async () => {
    const [r] = await addResidents(host, 'qq-pause', 1);
    const id = (await ask(r!)).data!.question.id;
    await host.callOk(lawyers[3]!, 'legal-aid', 'pause', { paused: true });
    expect(await openIds(lawyers[3]!)).toEqual([]);
    expect((await host.call(lawyers[3]!, 'legal-aid', 'claim', { id })).error?.code).toBe('CONFLICT');
    await host.callOk(lawyers[3]!, 'legal-aid', 'pause', { paused: false });
  });
});
