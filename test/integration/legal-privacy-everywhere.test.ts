import { COLLECTIONS, type CollectionName } from '../../cloudfunctions/core/store/collections';
import { addResidents, addVolunteer } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { bookInput, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

/**
 * The content of a consultation (description, summary, advice, referral note, a quick question and its answer) and
 * the resident's full number leave the server in one place only: the detail opened by the resident or the assigned
 * volunteer. A whole case is played through; every other answer, to anyone, and every record written beside the case
 * itself (audit trail, outbox and inbox, reads log, hot documents) is searched for them.
 */
const host = useTestHost();
const LAWYER = 'px-lawyer';
const PHONE = '13912345678';
const SECRETS = { description: '家里传下来的翡翠镯子被亲戚拿走不还', summary: '亲戚占有祖传青花瓷瓶', advice: '可依物权规定请求返还紫砂茶壶等原物', note: '携带红木家具购买凭证', text: '邻居私占楼道放景泰蓝花瓶', answer: '可先请物业协调搬走唐三彩' };
const SECRET_WORDS = ['翡翠镯子', '青花瓷瓶', '紫砂茶壶', '红木家具', '景泰蓝', '唐三彩', PHONE];

/** Every answer that is not the parties' own detail view, by who asked for what. */
const answers: Array<[string, unknown]> = [];
async function seen<T>(label: string, promise: Promise<T>): Promise<T> {
  const value = await promise;
  answers.push([label, value]);
  return value;
}
const leaks = (value: unknown) => SECRET_WORDS.filter((w) => JSON.stringify(value).includes(w));

let resident = '';
let bookingId = '';
let questionId = '';
beforeAll(async () => {
  host.clock.set(TEST_NOW);
  const lawyer = await addVolunteer(host, LAWYER, { apply: { specialties: ['family', 'neighbor', 'property'], modes: ['phone', 'in_person'] } });
  await addVolunteer(host, 'px-other', { apply: { specialties: ['family', 'neighbor', 'property'] } });
  resident = (await addResidents(host, 'px-r', 1))[0]!;
  const r = resident;
  const [startAt] = await freeStarts(host, r, lawyer);
  const booked = await seen('book', host.callOk(r, 'legal-aid', 'book', bookInput(lawyer, startAt!, { description: SECRETS.description, mode: 'phone', phone: PHONE })));
  bookingId = booked.booking.id;
  const id = bookingId;
  await seen('agenda (pending)', host.callOk(LAWYER, 'legal-aid', 'agenda', {}));
  await seen('accept', host.callOk(LAWYER, 'legal-aid', 'accept', { id }));
  await seen('agenda (confirmed)', host.callOk(LAWYER, 'legal-aid', 'agenda', {}));
  expect((await host.callOk(LAWYER, 'legal-aid', 'get', { id })).phone).toBe(PHONE);
  host.clock.set(startAt! + 35 * 60_000);
  await seen('complete', host.callOk(LAWYER, 'legal-aid', 'complete', { id, outcome: 'completed', summary: SECRETS.summary, advice: SECRETS.advice, referral: { documents: ['身份证'], note: SECRETS.note } }));
  await seen('rate', host.callOk(r, 'legal-aid', 'rate', { id, stars: 5, comment: '讲解耐心' }));

  const asked = await seen('ask', host.callOk(r, 'legal-aid', 'ask', { specialty: 'property', service: 'guidance', text: SECRETS.text, consent: true, idempotencyKey: 'px-question-0000001' }));
  questionId = asked.question.id;
  await seen('questions (open)', host.callOk(LAWYER, 'legal-aid', 'questions', {}));
  await seen('questions (other, open)', host.callOk('px-other', 'legal-aid', 'questions', {}));
  await seen('claim', host.callOk(LAWYER, 'legal-aid', 'claim', { id: questionId }));
  await seen('answer', host.callOk(LAWYER, 'legal-aid', 'answer', { id: questionId, answer: SECRETS.answer }));
  await seen('questions (claimed)', host.callOk(LAWYER, 'legal-aid', 'questions', {}));

  // Read by both parties, then everything around the case.
  await host.callOk(r, 'legal-aid', 'get', { id });
  await host.callOk(r, 'legal-aid', 'question', { id: questionId });
  await host.dispatch();
  for (const who of [r, LAWYER, 'px-other', 'demo-admin']) await seen(`inbox of ${who}`, host.callOk(who, 'notify', 'inbox', {}));
  await seen('mine', host.callOk(r, 'legal-aid', 'mine', {}));
  await seen('reads (booking)', host.callOk(r, 'legal-aid', 'reads', { id }));
  await seen('reads (question)', host.callOk(r, 'legal-aid', 'reads', { id: questionId }));
  await seen('lawyers', host.callOk(r, 'legal-aid', 'lawyers', {}));
  await seen('slots', host.callOk(r, 'legal-aid', 'slots', { lawyerId: lawyer }));
  await seen('agenda (completed)', host.callOk(LAWYER, 'legal-aid', 'agenda', {}));
  await seen('serviceRecord', host.callOk(LAWYER, 'legal-aid', 'serviceRecord', {}));
  for (const admin of ['demo-admin', 'demo-street-admin']) {
    await seen(`stats of ${admin}`, host.callOk(admin, 'legal-aid', 'stats', {}));
    for (const status of ['pending', 'verified', 'other'] as const) await seen(`volunteers of ${admin}`, host.callOk(admin, 'legal-aid', 'volunteers', { status }));
  }
  await seen('audit of 西园', host.callOk('demo-admin', 'catalog-admin', 'audit', { communityId: 'cm-xiyuan' }));
  for (const who of ['px-other', 'demo-admin', 'demo-street-admin']) {
    await seen(`get by ${who}`, host.call(who, 'legal-aid', 'get', { id }));
    await seen(`question by ${who}`, host.call(who, 'legal-aid', 'question', { id: questionId }));
    await seen(`reads by ${who}`, host.call(who, 'legal-aid', 'reads', { id }));
  }
}, 60000);

describe('consultation content and the resident\'s number', () => {
  it('reach the resident in their own detail views', async () => {
    const detail = await host.callOk(resident, 'legal-aid', 'get', { id: bookingId });
    expect(leaks(detail)).toEqual(expect.arrayContaining(['翡翠镯子', '青花瓷瓶', '紫砂茶壶', '红木家具', PHONE]));
    expect(detail).toMatchObject({ description: SECRETS.description, summary: SECRETS.summary, advice: SECRETS.advice, referral: { note: SECRETS.note }, phone: PHONE });
    expect(await host.callOk(resident, 'legal-aid', 'question', { id: questionId })).toMatchObject({ text: SECRETS.text, answer: SECRETS.answer });
  });

  it('reach the volunteer\'s detail, the number only while the phone consultation was confirmed', async () => {
    const detail = await host.callOk(LAWYER, 'legal-aid', 'get', { id: bookingId });
    expect(detail).toMatchObject({ description: SECRETS.description, advice: SECRETS.advice, status: 'completed', phone: null });
    expect(detail.phoneMasked).not.toContain(PHONE);
  });

  it('appear in no other answer, to anyone', () => {
    expect(answers.length).toBeGreaterThan(30);
    expect(answers.map(([label, value]) => ({ label, found: leaks(value) })).filter((a) => a.found.length > 0)).toEqual([]);
  });

  it('are stored nowhere but in the case itself: not in the audit trail, the outbox, the inbox or the reads log', async () => {
    const elsewhere = (Object.keys(COLLECTIONS) as CollectionName[]).filter((c) => c !== 'legal_bookings' && c !== 'legal_questions');
    expect(elsewhere).toEqual(expect.arrayContaining(['audit', 'outbox', 'inbox', 'legal_reads', 'legal_days', 'legal_residents']));
    const found: Array<[string, string[]]> = [];
    for (const c of elsewhere) {
      const docs = await host.store.find(c as 'audit', {});
      if (leaks(docs).length) found.push([c, leaks(docs)]);
    }
    expect(found).toEqual([]);
  });
});
