import type { OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import type { ResidentDoc } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { residentKey } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { bookingIdOf } from '../../cloudfunctions/core/legal-aid/booking.repository';
import { addResidents, addVolunteer } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { outboxOf } from '../support/activity-fixtures';
import { at } from '../support/calendar-fixtures';
import { bookingDoc, bookInput, dayDocs, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';
import { shanghai } from '../../types/time';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const LAWYER = 'lc-lawyer';
let lawyer = '';
let guide = '';
beforeAll(async () => {
  lawyer = await addVolunteer(host, LAWYER, { apply: { specialties: ['family', 'labor'], modes: ['phone', 'in_person'] } });
  await addVolunteer(host, 'lc-other-lawyer', {});
  guide = await addVolunteer(host, 'lc-guide', { apply: { kind: 'guide', licenseNo: undefined, firm: undefined, specialties: ['neighbor'] } });
});

let n = 0;
/** A resident of their own (limits are per resident) booking the `nth` free slot of a volunteer. */
async function booked(nth = 0, overrides: Parameters<typeof bookInput>[2] = {}, volunteer = lawyer): Promise<{ resident: string; id: string; startAt: number }> {
  const [resident] = await addResidents(host, `lc-r${n++}`, 1);
  const starts = await freeStarts(host, resident!, volunteer, nth + 1);
  const startAt = starts[nth]!;
  const res = await host.callOk(resident!, 'legal-aid', 'book', bookInput(volunteer, startAt, overrides));
  return { resident: resident!, id: res.booking.id, startAt };
}
const accept = (id: string, as = LAWYER) => host.call(as, 'legal-aid', 'accept', { id });
const status = async (id: string) => (await bookingDoc(host, id))?.status;
const holders = async (resident: string) => (await host.store.get<ResidentDoc>('legal_residents', residentKey(resident)))?.bookings.holders ?? [];
/** A booking's reminders: one fan-out message each, to both parties as the booking names them when it is due. */
const reminders = (id: string) => host.store.find<OutboxDoc>('outbox', { kind: 'consultation_reminder', channel: 'fanout', event: { $in: [`legal:booking:${id}:remind:eve`, `legal:booking:${id}:remind:1h`] } });

describe('pending → confirmed', () => {
  it('the assigned volunteer accepts once; the resident is told and both are reminded the evening before and an hour before', async () => {
    const { resident, id, startAt } = await booked(0, { mode: 'phone', phone: '13911112222' });
    expect((await accept(id, 'lc-other-lawyer')).error?.code).toBe('FORBIDDEN');
    expect((await host.call(resident, 'legal-aid', 'accept', { id })).error?.code).toBe('FORBIDDEN');
    expect((await accept(id)).data?.booking).toMatchObject({ status: 'confirmed', canRespond: false });
    expect((await accept(id)).error).toMatchObject({ code: 'CONFLICT', message: '该预约已确认' });
    expect(await outboxOf(host, 'booking_confirmed', resident)).toEqual([expect.objectContaining({ title: '预约成功：律师lc-lawyer' })]);
    const due = (await reminders(id)).filter((r) => r.status === 'pending');
    expect(due.map((r) => r.dueAt - startAt)).toEqual([-3_600_000]);
    expect(due[0]!.listed).toEqual({ collection: 'legal_bookings', id, fields: ['residentId', 'volunteerOpenid'] });
    // When it is due, each party gets their own message.
    host.clock.set(startAt - 3_600_000);
    await host.dispatch();
    await host.dispatch();
    expect((await outboxOf(host, 'consultation_reminder')).filter((m) => m.event === `legal:booking:${id}:remind:1h`).map((m) => m.recipient).sort()).toEqual([LAWYER, resident].sort());
    host.clock.set(TEST_NOW);
    // The phone number reaches the volunteer now, and only the volunteer.
    expect((await host.callOk(LAWYER, 'legal-aid', 'get', { id })).phone).toBe('13911112222');
  });

  it('a consultation days ahead: reminded at 18:00 Shanghai the evening before and an hour before, each reaching both parties once, without content', async () => {
    const { resident, id, startAt } = await booked(20);
    await accept(id);
    const eve = shanghai(startAt).subtract(1, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf();
    expect((await reminders(id)).filter((r) => r.status === 'pending').map((r) => r.dueAt).sort((a, b) => a - b)).toEqual([eve, startAt - 3_600_000]);
    const sent = async () => (await outboxOf(host, 'consultation_reminder')).filter((m) => m.event === `legal:booking:${id}:remind:eve`);
    host.clock.set(eve - 60_000);
    await host.dispatch();
    expect(await sent()).toHaveLength(0);
    host.clock.set(eve);
    await host.dispatch();
    await host.dispatch();
    const eveMessages = await sent();
    expect(eveMessages.map((m) => m.recipient).sort()).toEqual([LAWYER, resident].sort());
    expect(eveMessages[0]).toMatchObject({ title: '明日法律咨询提醒', body: expect.stringContaining('婚姻家庭') });
    expect(JSON.stringify(eveMessages)).not.toContain('抚养费');
    await host.dispatch();
    expect(await sent()).toHaveLength(2);
  });

  it('declining takes a reason, frees the slot and the resident\'s place, and tells the resident why', async () => {
    const { resident, id, startAt } = await booked(1);
    expect((await host.call(LAWYER, 'legal-aid', 'decline', { id, reason: '' })).error?.fields).toHaveProperty('reason');
    const res = await host.callOk(LAWYER, 'legal-aid', 'decline', { id, reason: '当天临时出庭' });
    expect(res.booking).toMatchObject({ status: 'declined', declineReason: '当天临时出庭' });
    expect(await freeStarts(host, resident, lawyer, 50)).toContain(startAt);
    expect(await holders(resident)).toEqual([]);
    expect(await outboxOf(host, 'booking_declined', resident)).toEqual([expect.objectContaining({ body: expect.stringContaining('当天临时出庭') })]);
    expect((await accept(id)).error?.code).toBe('CONFLICT');
  });
});

describe('confirmed → completed, no-show, rated', () => {
  it('after the start the lawyer records a summary, an opinion and a referral to 法律援助; the hours count; the resident rates once', async () => {
    const { resident, id, startAt } = await booked(2, { mode: 'phone', phone: '13911113333' });
    await accept(id);
    const input = { id, outcome: 'completed' as const, summary: '居民咨询追索抚养费事宜。', advice: '可向人民法院起诉要求支付抚养费。', referral: { documents: ['身份证件', '离婚协议或判决书', '经济困难状况的说明材料'], note: '请到案件办理地或事项发生地的法律援助机构申请。' } };
    expect((await host.call(LAWYER, 'legal-aid', 'complete', input)).error).toMatchObject({ code: 'CONFLICT', message: '咨询开始后才能登记结果' });
    host.clock.set(startAt + 35 * 60_000);
    expect((await host.call(LAWYER, 'legal-aid', 'complete', { ...input, advice: undefined })).error?.fields).toMatchObject({ advice: '请填写法律意见' });
    const done = await host.callOk(LAWYER, 'legal-aid', 'complete', input);
    expect(done.booking).toMatchObject({ status: 'completed', canComplete: false });
    const detail = await host.callOk(resident, 'legal-aid', 'get', { id });
    expect(detail).toMatchObject({ advice: input.advice, summary: input.summary, referral: input.referral, hours: 0.5, canRate: true });
    // Over: the volunteer no longer sees the full number.
    expect((await host.callOk(LAWYER, 'legal-aid', 'get', { id })).phone).toBeNull();
    expect(await holders(resident)).toEqual([]);
    expect(await outboxOf(host, 'consultation_completed', resident)).toHaveLength(1);
    // Reminders not yet sent are dropped.
    expect((await reminders(id)).every((r) => r.status === 'cancelled' || r.status === 'sent')).toBe(true);

    expect((await host.call(LAWYER, 'legal-aid', 'rate', { id, stars: 5 })).error?.code).toBe('FORBIDDEN');
    expect((await host.callOk(resident, 'legal-aid', 'rate', { id, stars: 4, comment: '讲得很清楚' })).booking.rating).toEqual({ stars: 4, comment: '讲得很清楚' });
    expect((await host.call(resident, 'legal-aid', 'rate', { id, stars: 1 })).error?.code).toBe('CONFLICT');
    const { items } = await host.callOk(resident, 'legal-aid', 'lawyers', {});
    expect(items.find((i) => i.id === lawyer)).toMatchObject({ completedCount: 1, ratingAverage: 4, ratingCount: 1 });
  });

  it('a 法律明白人 records mediation and guidance, never a legal opinion', async () => {
    const { id, startAt } = await booked(0, { specialty: 'neighbor', service: 'mediation' }, guide);
    await accept(id, 'lc-guide');
    host.clock.set(startAt);
    const opinion = await host.call('lc-guide', 'legal-aid', 'complete', { id, outcome: 'completed', summary: '楼上漏水纠纷。', advice: '对方应当赔偿。' });
    expect(opinion.error).toMatchObject({ code: 'INVALID_INPUT', fields: { advice: '法律明白人不出具法律意见' } });
    const done = await host.callOk('lc-guide', 'legal-aid', 'complete', { id, outcome: 'completed', summary: '楼上漏水纠纷。', guidance: '双方同意由物业查明原因后协商维修。' });
    expect(done.booking.status).toBe('completed');
  });

  it('a no-show keeps its time and frees the resident\'s place', async () => {
    const { resident, id, startAt } = await booked(3);
    await accept(id);
    host.clock.set(startAt + 20 * 60_000);
    expect((await host.callOk(LAWYER, 'legal-aid', 'complete', { id, outcome: 'no_show' })).booking.status).toBe('no_show');
    expect(await holders(resident)).toEqual([]);
    expect(Object.values((await dayDocs(host, lawyer)).find((d) => Object.values(d.ticks).includes(id))!.ticks).filter((v) => v === id)).toHaveLength(8);
  });
});

describe('cancelling', () => {
  it('the resident cancels until the notice window; the volunteer is told, the slot comes free, reminders are dropped', async () => {
    const { resident, id, startAt } = await booked(4);
    await accept(id);
    host.clock.set(startAt - 2 * 3_600_000 + 60_000);
    expect((await host.call(resident, 'legal-aid', 'cancel', { id })).error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('不足2小时') });
    host.clock.set(startAt - 3 * 3_600_000);
    expect((await host.callOk(resident, 'legal-aid', 'cancel', { id })).booking).toMatchObject({ status: 'cancelled', cancelledBy: 'resident' });
    expect(await outboxOf(host, 'booking_cancelled', LAWYER)).toContainEqual(expect.objectContaining({ body: expect.stringContaining('取消了') }));
    expect(await freeStarts(host, resident, lawyer, 100)).toContain(startAt);
    const dropped = await reminders(id);
    expect(dropped.length).toBeGreaterThanOrEqual(2);
    expect(dropped.every((r) => r.status === 'cancelled')).toBe(true);
    expect((await host.call(resident, 'legal-aid', 'cancel', { id })).error?.code).toBe('CONFLICT');
  });

  it('the volunteer cancels with a reason, which the resident is told', async () => {
    const { resident, id } = await booked(5);
    expect((await host.call(LAWYER, 'legal-aid', 'cancel', { id })).error?.fields).toHaveProperty('reason');
    expect((await host.callOk(LAWYER, 'legal-aid', 'cancel', { id, reason: '身体不适' })).booking.cancelledBy).toBe('volunteer');
    expect(await outboxOf(host, 'booking_cancelled', resident)).toEqual([expect.objectContaining({ body: expect.stringContaining('身体不适') })]);
    expect((await host.call('lc-other-lawyer', 'legal-aid', 'cancel', { id, reason: '试试' })).error?.code).toBe('FORBIDDEN');
  });
});

describe('rescheduling once', () => {
  it('on the same day, in one move: the old slot is free, the new one held, the volunteer told; only once', async () => {
    const { resident, id, startAt } = await booked(6);
    await accept(id);
    const later = (await freeStarts(host, resident, lawyer, 100)).find((s) => s > startAt && new Date(s).getUTCDate() === new Date(startAt).getUTCDate())!;
    const res = await host.callOk(resident, 'legal-aid', 'reschedule', { id, startAt: later });
    expect(res.booking).toMatchObject({ startAt: later, status: 'confirmed', rescheduled: true, canReschedule: false });
    const free = await freeStarts(host, resident, lawyer, 100);
    expect(free).toContain(startAt);
    expect(free).not.toContain(later);
    expect(await outboxOf(host, 'booking_rescheduled', LAWYER)).toContainEqual(expect.objectContaining({ body: expect.stringContaining('改到') }));
    expect((await reminders(id)).filter((r) => r.status === 'pending').every((r) => r.dueAt === later - 3_600_000 || r.dueAt < later)).toBe(true);
    expect((await host.call(resident, 'legal-aid', 'reschedule', { id, startAt })).error).toMatchObject({ code: 'CONFLICT', message: '每个预约只能改期一次' });
  });

  it('to another day: the new day is claimed, the old one freed; a taken slot is refused and nothing moves', async () => {
    const first = await booked(0);
    const second = await booked(0);
    const nextDay = (await freeStarts(host, first.resident, lawyer, 200)).find((s) => s >= at('2026-11-27 09:00'))!;
    const blocked = await host.call(first.resident, 'legal-aid', 'reschedule', { id: first.id, startAt: second.startAt });
    expect(blocked.error).toMatchObject({ code: 'CONFLICT', message: '该时段刚刚被预约，请选择其他时段' });
    expect((await bookingDoc(host, first.id))?.startAt).toBe(first.startAt);
    const moved = await host.callOk(first.resident, 'legal-aid', 'reschedule', { id: first.id, startAt: nextDay });
    expect(moved.booking.startAt).toBe(nextDay);
    const days = await dayDocs(host, lawyer);
    const holding = days.filter((d) => Object.values(d.ticks).includes(first.id));
    expect(holding.map((d) => d.date)).toEqual(['2026-11-27']);
    expect(days.reduce((sum, d) => sum + d.active, 0)).toBe(new Set(days.flatMap((d) => Object.values(d.ticks))).size);
  });

  it('not within the notice window, and not someone else\'s booking', async () => {
    const { resident, id, startAt } = await booked(7);
    const other = (await freeStarts(host, resident, lawyer, 100)).find((s) => s > startAt)!;
    expect((await host.call('lc-other-lawyer', 'legal-aid', 'reschedule', { id, startAt: other })).error?.code).toBe('FORBIDDEN');
    host.clock.set(startAt - 3_600_000);
    expect((await host.call(resident, 'legal-aid', 'reschedule', { id, startAt: other })).error?.code).toBe('CONFLICT');
    expect(await status(id)).toBe('pending');
  });
});

describe('limits', () => {
  it('two active bookings per resident; a third is refused until one ends', async () => {
    const [resident] = await addResidents(host, 'lc-limit', 1);
    const starts = await freeStarts(host, resident!, lawyer, 3);
    const ids: string[] = [];
    for (const s of starts.slice(0, 2)) ids.push((await host.callOk(resident!, 'legal-aid', 'book', bookInput(lawyer, s))).booking.id);
    expect((await host.call(resident!, 'legal-aid', 'book', bookInput(lawyer, starts[2]!))).error).toMatchObject({ code: 'CONFLICT', message: '您已有2个进行中的预约，请在完成或取消后再预约' });
    await host.callOk(resident!, 'legal-aid', 'cancel', { id: ids[0]! });
    expect((await host.call(resident!, 'legal-aid', 'book', bookInput(lawyer, starts[2]!))).data?.created).toBe(true);
  });

  it('hold under concurrency: five bookings at once, two succeed, the others hold nothing', async () => {
    const [resident] = await addResidents(host, 'lc-limit-race', 1);
    const inputs = (await freeStarts(host, resident!, lawyer, 5)).map((s) => bookInput(lawyer, s));
    const results = await Promise.all(inputs.map((input) => host.call(resident!, 'legal-aid', 'book', input)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await holders(resident!)).toHaveLength(2);
    const claimants = new Set((await dayDocs(host, lawyer)).flatMap((d) => Object.values(d.ticks)));
    inputs.forEach((input, i) => expect(claimants.has(bookingIdOf(resident!, input.idempotencyKey))).toBe(results[i]!.ok));
  });
});
