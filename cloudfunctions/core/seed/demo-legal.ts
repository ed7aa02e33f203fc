import { AvailabilitySchema, type Availability } from '../../../types/legal-aid';
import { HOUR_MS, MINUTE_MS, dayNumberOf, dayStart } from '../calendar/shanghai-day';
import { newPool, holderKey } from '../hot/places';
import { syncReminders } from '../legal-aid/booking-notices';
import { BOOKINGS, bookingIdOf, type BookingDoc } from '../legal-aid/booking.repository';
import { DAYS, dayId, type DayDoc } from '../legal-aid/day.repository';
import { QUESTIONS, questionIdOf, type QuestionDoc } from '../legal-aid/question.repository';
import { RESIDENTS, residentKey, type ResidentDoc } from '../legal-aid/resident-quota';
import { dayPlans, startsOf, ticksOf } from '../legal-aid/slots';
import { VOLUNTEERS, volunteerIdOf, type VolunteerDoc } from '../legal-aid/volunteer.repository';
import { enqueueNow } from '../notify/outbox';
import type { Store } from '../store/port';
import { DEMO_USERS } from './demo-users';

/**
 * The street's legal-aid volunteer team: 陈律师 (demo-lawyer) verified, with hours and a consultation completed, one
 * confirmed and one waiting for him; 周律师 (demo-lawyer-2) waiting for the street admin's verification; and a quick
 * question from 李秀梅 waiting to be claimed. Ids are deterministic, so seeding twice writes the same documents.
 */
const TEAM = { unitId: 'st-jinhua', unitPath: ['st-jinhua'], unitName: '锦华街道法律援助志愿服务队' };
const afternoons = [{ start: '14:00', end: '17:00' }];
const HOURS: Availability = AvailabilitySchema.parse({
  weekly: { mon: afternoons, tue: [], wed: afternoons, thu: [], fri: afternoons, sat: [{ start: '09:00', end: '11:00' }], sun: [] },
  slotMinutes: 30,
  bufferMinutes: 10,
  minNoticeHours: 2,
  horizonDays: 14,
  dailyCap: 6,
});
const nameOf = (openid: string) => DEMO_USERS.find((u) => u._id === openid)!.name;
const phoneOf = (openid: string) => DEMO_USERS.find((u) => u._id === openid)?.phone ?? null;

function volunteer(openid: string, fields: Partial<VolunteerDoc> & Pick<VolunteerDoc, 'kind' | 'realName' | 'status'>, now: number): VolunteerDoc {
  return {
    _id: volunteerIdOf(openid), openid, licenseNo: null, firm: null, specialties: ['family'], modes: ['phone'], place: null, intro: '', introReview: false, ...TEAM,
    paused: false, round: 1, appliedAt: now - 20 * 24 * HOUR_MS, decidedAt: null, decidedBy: null, decidedByName: null, rejectReason: null, availability: null,
    completedCount: 0, ratingSum: 0, ratingCount: 0, updatedAt: now, ...fields,
  };
}

/** The start of the `n`-th consultation on the first day with hours in [from, to] days after now (last day first if `latest`). */
function slotOn(now: number, fromDays: number, toDays: number, n: number, latest = false): { startAt: number; date: string; start: number } {
  const today = dayNumberOf(now);
  const days = dayPlans(HOURS, today + fromDays, today + toDays).days;
  const plan = latest ? days[days.length - 1]! : days[0]!;
  const start = startsOf(plan, HOURS)[n]!;
  return { startAt: dayStart(plan.day) + start * MINUTE_MS, date: plan.date, start };
}

interface Plan {
  key: string;
  resident: string;
  slot: { startAt: number; date: string; start: number };
  status: BookingDoc['status'];
  fields: Partial<BookingDoc>;
}

/** When each was booked: the finished one days before its time; the waiting one two hours ago, so it has most of a day left. */
const BOOKED_AGO: Partial<Record<BookingDoc['status'], number>> = { pending: 2 * HOUR_MS, confirmed: 26 * HOUR_MS };

function booking(v: VolunteerDoc, p: Plan, now: number): BookingDoc {
  const ago = BOOKED_AGO[p.status];
  const createdAt = ago !== undefined ? now - ago : p.slot.startAt - 3 * 24 * HOUR_MS;
  return {
    _id: bookingIdOf(p.resident, p.key), residentId: p.resident, residentName: nameOf(p.resident), communityId: 'cm-xiyuan', phone: phoneOf(p.resident),
    volunteerId: v._id, volunteerOpenid: v.openid, volunteerName: v.realName, volunteerKind: v.kind, unitId: v.unitId,
    specialty: 'family', service: 'advice', mode: 'in_person', place: v.place, description: '', contentReview: false, consentAt: createdAt,
    date: p.slot.date, ticks: ticksOf(p.slot.start, HOURS), startAt: p.slot.startAt, endAt: p.slot.startAt + HOURS.slotMinutes * MINUTE_MS, noticeMs: HOURS.minNoticeHours * HOUR_MS,
    status: p.status, createdAt, expiresAt: Math.min(createdAt + 24 * HOUR_MS, p.slot.startAt - 30 * MINUTE_MS), respondedAt: null, declineReason: null,
    cancelledAt: null, cancelledBy: null, cancelReason: null, rescheduledAt: null, previousStartAt: null, completedAt: null, summary: null, advice: null, guidance: null,
    referral: null, hours: null, rating: null, updatedAt: now, ...p.fields,
  };
}

export async function seedLegal(store: Store, now: number): Promise<void> {
  const lawyer = volunteer('demo-lawyer', {
    kind: 'lawyer', realName: '陈明', status: 'verified', licenseNo: '15101201510000001', firm: '四川锦华律师事务所',
    specialties: ['family', 'labor', 'neighbor', 'inheritance', 'housing'], modes: ['in_person', 'phone', 'video'], place: '西园社区党群服务中心二楼 法律服务室',
    intro: '执业十二年，长期为社区居民提供婚姻家庭、劳动争议和继承方面的法律咨询。', decidedAt: now - 18 * 24 * HOUR_MS, decidedBy: 'demo-street-admin',
    decidedByName: nameOf('demo-street-admin'), availability: HOURS, completedCount: 1, ratingSum: 5, ratingCount: 1,
  }, now);
  const pending = volunteer('demo-lawyer-2', {
    kind: 'lawyer', realName: '周婷', status: 'pending', licenseNo: '510100123456', firm: '四川东桥律师事务所', specialties: ['labor', 'consumer', 'traffic'],
    modes: ['phone', 'video'], intro: '擅长劳动争议和消费维权。', appliedAt: now - 2 * 24 * HOUR_MS,
  }, now);

  const plans: Plan[] = [
    { key: 'seed-completed', resident: 'demo-resident', slot: slotOn(now, -10, -3, 0, true), status: 'completed', fields: {
      description: '父亲去世后留下一套老房子，兄妹三人对如何分割有分歧，想了解法定继承的顺序和份额。',
      summary: '居民咨询父亲遗留房产的法定继承问题。', advice: '无遗嘱时由第一顺序继承人（配偶、子女、父母）继承，同一顺序继承人一般应当均等；可先协商并办理继承公证，协商不成可向人民法院起诉。',
      hours: 0.5, specialty: 'inheritance', rating: { stars: 5, comment: '讲得很清楚，谢谢陈律师', review: false, at: now - 24 * HOUR_MS } } },
    { key: 'seed-confirmed', resident: 'demo-resident', slot: slotOn(now, 1, 8, 0), status: 'confirmed', fields: {
      description: '在小区物业公司工作三年，公司一直没有签书面劳动合同，现在要辞退我，想了解能否要求补偿。', specialty: 'labor', mode: 'phone', place: null } },
    { key: 'seed-pending', resident: 'demo-resident-2', slot: slotOn(now, 1, 8, 1), status: 'pending', fields: {
      description: '楼上住户长期漏水到我家，多次沟通无果，想咨询怎么维权。', specialty: 'neighbor', service: 'advice' } },
  ];
  const bookings = plans.map((p) => booking(lawyer, p, now));
  for (const b of bookings) {
    if (b.status === 'completed') Object.assign(b, { respondedAt: b.createdAt + 2 * HOUR_MS, completedAt: b.endAt });
    if (b.status === 'confirmed') Object.assign(b, { respondedAt: b.createdAt + HOUR_MS });
  }

  await store.put(VOLUNTEERS, lawyer);
  await store.put(VOLUNTEERS, pending);
  for (const b of bookings) {
    await store.transaction(async (tx) => {
      await tx.put(BOOKINGS, b);
      if (b.status === 'confirmed') await syncReminders(tx, now, b);
    });
  }
  const waiting = bookings.find((b) => b.status === 'pending')!;
  await enqueueNow(store, now, { event: `legal:booking:${waiting._id}:requested`, recipient: 'demo-lawyer', kind: 'booking_requested', title: '新的咨询预约：邻里纠纷·到服务点面谈', body: `${waiting.residentName}预约了咨询，请及时确认`, link: `/pkg-legal/booking/index?id=${waiting._id}` });

  // The volunteer's days hold the bookings' ticks; the residents' limits hold their active bookings.
  for (const date of new Set(bookings.map((b) => b.date))) {
    const on = bookings.filter((b) => b.date === date);
    const day: DayDoc = { _id: dayId(lawyer._id, date), volunteerId: lawyer._id, date, ticks: Object.fromEntries(on.flatMap((b) => b.ticks.map((t) => [t, b._id]))), claimedAt: Object.fromEntries(on.map((b) => [b._id, b.createdAt])), active: on.length, touchedAt: Math.min(...on.map((b) => b.createdAt)) };
    await store.put(DAYS, day);
  }
  const question: QuestionDoc = {
    _id: questionIdOf('demo-resident-2', 'seed-question'), asker: 'demo-resident-2', askerName: nameOf('demo-resident-2'), communityId: 'cm-xiyuan', homePath: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-2', 'bd-xiyuan-06'],
    specialty: 'neighbor', service: 'guidance', text: '小区有人在楼道里堆放杂物，和他说了不听，应该找谁处理？', contentReview: false, consentAt: now - 3 * HOUR_MS, status: 'open',
    createdAt: now - 3 * HOUR_MS, expiresAt: now + 69 * HOUR_MS, claimedBy: null, claimedById: null, claimedByName: null, claimedAt: null, answer: null, answeredAt: null, closedAt: null, updatedAt: now,
  };
  await store.put(QUESTIONS, question);
  for (const openid of ['demo-resident', 'demo-resident-2']) {
    const holding = bookings.filter((b) => b.residentId === openid && (b.status === 'pending' || b.status === 'confirmed'));
    const asked = question.asker === openid ? [question] : [];
    const pool = (capacity: number, ids: Array<{ _id: string; createdAt: number }>) => ({ ...newPool(capacity, 0), free: capacity - ids.length, holders: ids.map((x) => x._id), since: Object.fromEntries(ids.map((x) => [holderKey(x._id), x.createdAt])) });
    const doc: ResidentDoc = { _id: residentKey(openid), openid, bookings: pool(2, holding), questions: pool(3, asked), touchedAt: Math.min(now - 24 * HOUR_MS, ...holding.map((b) => b.createdAt)) };
    await store.put(RESIDENTS, doc);
  }
}
