import type { ResidentDoc } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { residentKey } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { addResidents, addVolunteer, WEEKDAY_HOURS } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { outboxOf } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { bookingDoc, bookInput, dayDocs, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

let lawyer = '';
let residents: string[] = [];
beforeAll(async () => {
  lawyer = await addVolunteer(host, 'bk-lawyer', { apply: { specialties: ['family', 'labor'], modes: ['phone', 'in_person'] } });
  residents = await addResidents(host, 'bk-r', 6);
});
const book = (as: string, startAt: number, overrides: Parameters<typeof bookInput>[2] = {}) => host.call(as, 'legal-aid', 'book', bookInput(lawyer, startAt, overrides));

describe('booking a slot', () => {
  it('holds the slot\'s ticks for the booking, tells the volunteer, and takes the slot off the list', async () => {
    const [startAt] = await freeStarts(host, residents[0]!, lawyer);
    const res = await book(residents[0]!, startAt!);
    expect(res.data).toMatchObject({ created: true, booking: { status: 'pending', lawyerName: '律师bk-lawyer', startAt, canCancel: true, canReschedule: true } });
    const id = res.data!.booking.id;
    const days = await dayDocs(host, lawyer);
    expect(days).toHaveLength(1);
    expect(Object.values(days[0]!.ticks)).toEqual(Array(8).fill(id));
    expect(days[0]!.active).toBe(1);
    expect(await outboxOf(host, 'booking_requested', 'bk-lawyer')).toEqual([expect.objectContaining({ title: '新的咨询预约：婚姻家庭·到服务点面谈' })]);
    expect(await freeStarts(host, residents[1]!, lawyer)).not.toContain(startAt);
    // A second request for the same slot (a new form, not a retry) is refused, and gives its limit place back.
    expect((await book(residents[0]!, startAt!)).error).toMatchObject({ code: 'CONFLICT', message: '该时段刚刚被预约，请选择其他时段' });
    expect((await host.store.get<ResidentDoc>('legal_residents', residentKey(residents[0]!)))?.bookings.holders).toEqual([id]);
  });

  it('a repeated request (same idempotency key) answers the booking it made', async () => {
    const [startAt] = await freeStarts(host, residents[1]!, lawyer);
    const input = bookInput(lawyer, startAt!);
    const [a, b] = await Promise.all([host.call(residents[1]!, 'legal-aid', 'book', input), host.call(residents[1]!, 'legal-aid', 'book', input)]);
    expect([a.data?.created, b.data?.created].sort()).toEqual([false, true]);
    expect(a.data?.booking.id).toBe(b.data?.booking.id);
    expect(await outboxOf(host, 'booking_requested', 'bk-lawyer')).toHaveLength(2);
    expect((await host.store.get<ResidentDoc>('legal_residents', residentKey(residents[1]!)))?.bookings.holders).toEqual([a.data!.booking.id]);
  });

  it('refuses what the volunteer does not offer, a slot outside their hours, and missing consent, writing nothing', async () => {
    const [startAt] = await freeStarts(host, residents[2]!, lawyer);
    const before = snapshotData(host.dataDir);
    expect((await book(residents[2]!, startAt!, { specialty: 'traffic' })).error?.fields).toHaveProperty('specialty');
    expect((await book(residents[2]!, startAt!, { mode: 'video' })).error?.fields).toHaveProperty('mode');
    expect((await book(residents[2]!, startAt! + 5 * 60_000)).error).toMatchObject({ code: 'INVALID_INPUT', fields: { startAt: '该时段不在律师的值班时间内，请重新选择' } });
    expect((await book(residents[2]!, TEST_NOW + 30 * 60_000)).error?.message).toBe('请至少提前2小时预约');
    expect((await host.callRaw(residents[2]!, 'legal-aid', 'book', { ...bookInput(lawyer, startAt!), consent: false })).error?.fields).toMatchObject({ consent: '请阅读并勾选同意将情况说明提供给所预约的志愿者' });
    expect((await book(residents[2]!, startAt!, { description: '字'.repeat(1001) })).error?.fields).toMatchObject({ description: '情况说明最多1000字' });
    expect((await book(residents[2]!, startAt!, { description: '对方说可以代办贷款包过，我该怎么办呢' })).error?.code).toBe('CONTENT_REJECTED');
    expect((await book(residents[2]!, startAt!, { mode: 'phone', phone: '12345' })).error?.fields).toHaveProperty('phone');
    expect((await host.call('bk-lawyer', 'legal-aid', 'book', bookInput(lawyer, startAt!))).error?.message).toBe('不能预约自己的咨询时段');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('a 法律明白人 takes mediation and guidance, never a request for a legal opinion', async () => {
    const guide = await addVolunteer(host, 'bk-guide', { apply: { kind: 'guide', licenseNo: undefined, firm: undefined, specialties: ['neighbor'] } });
    const [startAt] = await freeStarts(host, residents[3]!, guide);
    const opinion = await host.call(residents[3]!, 'legal-aid', 'book', bookInput(guide, startAt!, { specialty: 'neighbor', service: 'advice' }));
    expect(opinion.error).toMatchObject({ code: 'INVALID_INPUT', fields: { service: '法律明白人不提供法律咨询意见' } });
    const mediation = await host.call(residents[3]!, 'legal-aid', 'book', bookInput(guide, startAt!, { specialty: 'neighbor', service: 'mediation' }));
    expect(mediation.data?.booking).toMatchObject({ status: 'pending', lawyerKind: 'guide', service: 'mediation' });
  });

  it('a description the content check holds for review is stored, flagged, for the two parties only', async () => {
    const [startAt] = await freeStarts(host, residents[4]!, lawyer);
    const res = await book(residents[4]!, startAt!, { description: '对方在楼道里骂我王八蛋，还堵门，我想咨询怎么处理。' });
    expect((await bookingDoc(host, res.data!.booking.id))?.contentReview).toBe(true);
  });
});

describe('phone numbers', () => {
  it('are masked in lists; the volunteer sees no full number before the booking is confirmed', async () => {
    const [startAt] = await freeStarts(host, residents[5]!, lawyer);
    const res = await book(residents[5]!, startAt!, { mode: 'phone', phone: '13912345678' });
    expect(res.data?.booking.phoneMasked).toBe('139****5678');
    const mine = await host.callOk(residents[5]!, 'legal-aid', 'mine', {});
    expect(JSON.stringify(mine)).not.toContain('13912345678');
    const seen = await host.callOk('bk-lawyer', 'legal-aid', 'get', { id: res.data!.booking.id });
    expect(seen).toMatchObject({ phone: null, phoneMasked: '139****5678', role: 'volunteer' });
  });
});

describe('hours changed after bookings', () => {
  it('keeps booked time held while the new hours apply to the rest', async () => {
    const other = await addVolunteer(host, 'bk-change', {});
    const [r] = await addResidents(host, 'bk-change-r', 1);
    const [startAt] = await freeStarts(host, r!, other);
    await host.callOk(r!, 'legal-aid', 'book', bookInput(other, startAt!));
    await host.callOk('bk-change', 'legal-aid', 'setAvailability', { ...WEEKDAY_HOURS, slotMinutes: 45, bufferMinutes: 0 });
    const free = await freeStarts(host, r!, other, 100);
    for (const s of free) expect(s >= startAt! + 40 * 60_000 || s + 45 * 60_000 <= startAt!).toBe(true);
  });
});
