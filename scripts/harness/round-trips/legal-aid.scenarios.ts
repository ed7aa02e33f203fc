import { bookingIdOf } from '../../../cloudfunctions/core/legal-aid/booking.repository';
import { questionIdOf } from '../../../cloudfunctions/core/legal-aid/question.repository';
import { volunteerIdOf } from '../../../cloudfunctions/core/legal-aid/volunteer.repository';
import type { InputOf } from '../../../types/api';
import { applyInput, WEEKDAY_HOURS } from '../legal-input';
import { TIMER, type ScenarioTable } from './scenario';
import type { World } from './world';

const LAWYER = 'demo-lawyer';
const LAWYER_ID = volunteerIdOf(LAWYER);
/** 周婷's application to the street's team, seeded pending. */
const APPLICANT_ID = volunteerIdOf('demo-lawyer-2');
/** The seeded bookings with 陈明: 王建国's confirmed phone consultation, 李秀梅's waiting request, 王建国's completed one. */
const CONFIRMED = bookingIdOf('demo-resident', 'seed-confirmed');
const PENDING = bookingIdOf('demo-resident-2', 'seed-pending');
const COMPLETED = bookingIdOf('demo-resident', 'seed-completed');
/** 李秀梅's open quick question. */
const QUESTION = questionIdOf('demo-resident-2', 'seed-question');

const status = (want: string) => (d: { booking: { status: string } }) => (d.booking.status === want ? null : `booking ${d.booking.status}, expected ${want}`);

/** 陈明's free slots as the resident's page lists them (uncounted). */
async function freeSlots(world: World): Promise<number[]> {
  const { days } = await world.call('demo-resident', 'legal-aid', 'slots', { lawyerId: LAWYER_ID });
  return days.flatMap((d) => d.slots.map((s) => s.startAt));
}

function bookInput(startAt: number, key: string): InputOf<'legal-aid', 'book'> {
  return { lawyerId: LAWYER_ID, startAt, specialty: 'family', service: 'advice', mode: 'in_person', description: '离婚后孩子的抚养费一直没有按时给付，想了解可以怎么办。', consent: true, idempotencyKey: key };
}

/** A free slot on the confirmed booking's day (same) or on another day. */
async function rescheduleTarget(world: World, sameDay: boolean): Promise<number> {
  const b = (await world.store.get('legal_bookings', CONFIRMED))!;
  const { days } = await world.call('demo-resident', 'legal-aid', 'slots', { lawyerId: LAWYER_ID });
  const day = days.find((d) => (d.date === b.date) === sameDay && d.slots.length > 0);
  if (!day) throw new Error(`no free slot ${sameDay ? 'on' : 'off'} ${b.date}`);
  return day.slots[0]!.startAt;
}

/** The confirmed consultation has taken place and 陈明 has recorded it. */
async function completed(world: World): Promise<void> {
  const b = (await world.store.get('legal_bookings', CONFIRMED))!;
  world.clock.set(b.startAt + 35 * 60_000);
  await world.call(LAWYER, 'legal-aid', 'complete', { id: CONFIRMED, outcome: 'completed', summary: '居民咨询未签劳动合同被辞退的补偿。', advice: '可主张未签书面劳动合同的二倍工资和经济补偿，先向劳动仲裁委员会申请仲裁。' });
}

export const LEGAL_AID_SCENARIOS: ScenarioTable['legal-aid'] = {
  apply: { '': { caller: 'demo-resident', input: () => applyInput({ realName: '王建国' }), budget: 5, check: (d) => (d.status === 'pending' ? null : `status ${d.status}`) } },
  myVolunteer: { '': { caller: LAWYER, input: () => ({}), budget: 3, check: (d) => (d.volunteer?.status === 'verified' ? null : 'expected the verified volunteer') } },
  volunteers: { '': { caller: 'demo-street-admin', input: () => ({ status: 'pending' }), budget: 4, check: (d) => (d.items.some((i) => i.id === APPLICANT_ID) ? null : 'expected 周婷 waiting') } },
  verify: {
    approve: { caller: 'demo-street-admin', input: () => ({ volunteerId: APPLICANT_ID, approve: true }), budget: 11, note: 'the application, then decision, grant, audit entry and message in one transaction' },
    reject: { caller: 'demo-street-admin', input: () => ({ volunteerId: APPLICANT_ID, approve: false, reason: '执业证号与律所信息不一致' }), budget: 9 },
  },
  pause: { '': { caller: LAWYER, input: () => ({ paused: true }), budget: 4, check: (d) => (d.paused ? null : 'not paused') } },
  leave: {
    'verified, with consultations open': { caller: LAWYER, input: () => ({}), budget: 3, expect: 'CONFLICT' },
    'pending application withdrawn': { caller: 'demo-lawyer-2', input: () => ({}), budget: 6 },
  },
  setAvailability: { '': { caller: LAWYER, input: () => WEEKDAY_HOURS, budget: 4 } },
  lawyers: { '': { caller: 'demo-resident', input: () => ({ specialty: 'family' }), budget: 3, check: (d) => (d.items.some((i) => i.id === LAWYER_ID) ? null : 'expected 陈明 listed') } },
  slots: { '': { caller: 'demo-resident', input: () => ({ lawyerId: LAWYER_ID }), budget: 3, note: 'the volunteer, then one read of their claimed days over the horizon', check: (d) => (d.days.some((x) => x.slots.length > 0) ? null : 'no free slot') } },
  book: {
    slot: {
      caller: 'demo-resident-2',
      input: async (world) => bookInput((await freeSlots(world))[0]!, 'trips-book-0001'),
      budget: 10,
      note: 'the resident\'s place (one conditional update), the slot\'s ticks (one conditional update), then the booking and its message in one transaction',
      check: status('pending'),
    },
    'slot just taken': {
      caller: 'demo-resident-2',
      input: async (world) => {
        const [startAt] = await freeSlots(world);
        await world.addUser('trips-resident', [{ role: 'resident' }], { communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-01' });
        await world.call('trips-resident', 'legal-aid', 'book', bookInput(startAt!, 'trips-book-first'));
        return bookInput(startAt!, 'trips-book-0002');
      },
      budget: 6,
      expect: 'CONFLICT',
    },
  },
  mine: { '': { caller: 'demo-resident', input: () => ({}), budget: 3, check: (d) => (d.bookings.length >= 2 ? null : `expected the seeded bookings, got ${d.bookings.length}`) } },
  get: { '': { caller: 'demo-resident', input: () => ({ id: CONFIRMED }), budget: 3, note: 'the booking, and the read logged before the content is returned' } },
  reads: { '': { caller: 'demo-resident', input: () => ({ id: COMPLETED }), budget: 3 } },
  accept: { '': { caller: LAWYER, input: () => ({ id: PENDING }), budget: 10, note: 'one transaction: the booking, its status, the message and both reminders', check: status('confirmed') } },
  decline: { '': { caller: LAWYER, input: () => ({ id: PENDING, reason: '当天需要出庭，请改约其他时间' }), budget: 8, check: status('declined') } },
  cancel: {
    'by the resident': { caller: 'demo-resident', input: () => ({ id: CONFIRMED }), budget: 12, check: status('cancelled') },
    'by the volunteer': { caller: LAWYER, input: () => ({ id: CONFIRMED, reason: '临时有急事，请改约其他时间' }), budget: 12, check: status('cancelled') },
  },
  reschedule: {
    'same day': { caller: 'demo-resident', input: async (world) => ({ id: CONFIRMED, startAt: await rescheduleTarget(world, true) }), budget: 13, note: 'one moveClaim on the day' },
    'another day': { caller: 'demo-resident', input: async (world) => ({ id: CONFIRMED, startAt: await rescheduleTarget(world, false) }), budget: 17, note: 'claim the new day, move the record, free the old day' },
  },
  complete: {
    '': {
      caller: LAWYER,
      input: async (world) => {
        const b = (await world.store.get('legal_bookings', CONFIRMED))!;
        world.clock.set(b.startAt + 35 * 60_000);
        return { id: CONFIRMED, outcome: 'completed', summary: '居民咨询未签劳动合同被辞退的补偿。', advice: '可先向劳动仲裁委员会申请仲裁。' };
      },
      budget: 13,
      check: status('completed'),
    },
  },
  rate: {
    '': {
      caller: 'demo-resident',
      input: async (world) => {
        await completed(world);
        return { id: CONFIRMED, stars: 5, comment: '讲得很清楚' };
      },
      budget: 5,
      check: (d) => (d.booking.rating?.stars === 5 ? null : 'not rated'),
    },
  },
  ask: {
    '': {
      caller: 'demo-resident',
      input: () => ({ specialty: 'labor', service: 'advice', text: '单位拖欠了三个月工资，可以怎么要回来？', consent: true, idempotencyKey: 'trips-ask-0001' }),
      budget: 4,
      check: (d) => (d.created ? null : 'expected a new question'),
    },
  },
  question: { '': { caller: 'demo-resident-2', input: () => ({ id: QUESTION }), budget: 3 } },
  withdraw: { '': { caller: 'demo-resident-2', input: () => ({ id: QUESTION }), budget: 6 } },
  questions: { '': { caller: LAWYER, input: () => ({}), budget: 4, check: (d) => (d.open.some((q) => q.id === QUESTION) ? null : 'expected 李秀梅\'s question open') } },
  claim: { '': { caller: LAWYER, input: () => ({ id: QUESTION }), budget: 5, note: 'one conditional update: the first claim wins', check: (d) => (d.question.status === 'claimed' ? null : `status ${d.question.status}`) } },
  answer: {
    '': {
      caller: LAWYER,
      input: async (world) => {
        await world.call(LAWYER, 'legal-aid', 'claim', { id: QUESTION });
        return { id: QUESTION, answer: '可先与物业书面沟通，协商不成可申请人民调解。' };
      },
      budget: 8,
    },
  },
  agenda: { '': { caller: LAWYER, input: () => ({}), budget: 3, check: (d) => (d.requests.some((b) => b.id === PENDING) ? null : 'expected the waiting request') } },
  serviceRecord: { '': { caller: LAWYER, input: () => ({}), budget: 3 } },
  stats: { '': { caller: 'demo-admin', input: () => ({}), budget: 6 } },
  sweep: {
    'a pending booking expires': {
      caller: TIMER,
      input: async (world) => {
        const b = (await world.store.get('legal_bookings', PENDING))!;
        world.clock.set(b.expiresAt + 60_000);
        return {};
      },
      budget: 14,
    },
    'nothing to do': { caller: TIMER, input: () => ({}), budget: 4 },
  },
};
