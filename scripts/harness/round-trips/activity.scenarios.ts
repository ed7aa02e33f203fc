import { SWEEP_GRACE_MS } from '../../../cloudfunctions/core/activity/sweep.service';
import { seatsOf, signupId } from '../../../cloudfunctions/core/activity/activity.repository';
import { takePlace } from '../../../cloudfunctions/core/hot/places';
import type { InputOf } from '../../../types/api';
import { activityInput } from '../activity-input';
import { TIMER, type ScenarioTable } from './scenario';
import type { World } from './world';

const OFFICER = 'demo-secretary';
const MEMBER = 'demo-party-member';
const MEMBER_2 = 'demo-party-member-2';
/** 主题党日 in three days, 30 seats; demo-party-member holds one. */
const THEME_DAY = 'act_demothemeday';
/** 党纪学习 twelve days ago, with attendance recorded. */
const PAST_STUDY = 'act_demostudy';

/** A new activity of 西园社区党支部 (open to every party member of the community), by id. */
async function newActivity(world: World, overrides: Partial<InputOf<'activity', 'create'>> = {}): Promise<string> {
  return (await world.call(OFFICER, 'activity', 'create', activityInput(world, overrides))).id;
}

/** One seat, taken by demo-party-member; `waiting` places behind it. */
async function oneSeatTaken(world: World, waiting: number): Promise<string> {
  const id = await newActivity(world, { capacity: 1, waitlistLimit: waiting });
  await world.call(MEMBER, 'activity', 'signup', { id });
  return id;
}

/** The theme day's check-in window is open: ten minutes before it starts. */
async function atCheckIn(world: World): Promise<void> {
  const a = (await world.store.get('activities', THEME_DAY))!;
  world.clock.set(a.startAt - 10 * 60_000);
}

const seat = (status: string) => (d: { signup: { status: string } }) => (d.signup.status === status ? null : `signup ${d.signup.status}, expected ${status}`);

export const ACTIVITY_SCENARIOS: ScenarioTable['activity'] = {
  list: {
    upcoming: { caller: MEMBER, input: () => ({}), budget: 3, check: (d) => (d.items.length > 0 ? null : 'no activities listed') },
    organised: { caller: OFFICER, input: () => ({ scope: 'organised' }), budget: 4 },
  },
  get: { '': { caller: MEMBER, input: () => ({ id: THEME_DAY }), budget: 3 } },
  organiserUnits: { '': { caller: OFFICER, input: () => ({}), budget: 3 } },
  create: { '': { caller: OFFICER, input: (world) => activityInput(world), budget: 8 } },
  update: { '': { caller: OFFICER, input: () => ({ id: THEME_DAY, place: '西园社区党群服务中心一楼大厅' }), budget: 6 } },
  cancelActivity: { '': { caller: OFFICER, input: () => ({ id: THEME_DAY, reason: '场地临时维修' }), budget: 10 } },
  signup: {
    seat: {
      caller: MEMBER_2,
      input: () => ({ id: THEME_DAY }),
      budget: 6,
      note: 'the caller, the activity, the seat (one conditional update), then the record and its two messages in one transaction',
      check: seat('confirmed'),
    },
    'waiting list': { caller: MEMBER_2, input: async (world) => ({ id: await oneSeatTaken(world, 5) }), budget: 9, check: seat('waitlisted') },
    full: { caller: MEMBER_2, input: async (world) => ({ id: await oneSeatTaken(world, 0) }), budget: 5, expect: 'FULL' },
    repeated: { caller: MEMBER, input: () => ({ id: THEME_DAY }), budget: 6, check: (d) => (d.created ? 'expected the seat already held' : null) },
  },
  cancel: {
    seat: { caller: MEMBER, input: () => ({ id: THEME_DAY }), budget: 8, check: seat('cancelled') },
    'seat, head of the waiting list promoted': {
      caller: MEMBER,
      input: async (world) => {
        const id = await oneSeatTaken(world, 5);
        await world.call(MEMBER_2, 'activity', 'signup', { id });
        return { id };
      },
      budget: 13,
      check: seat('cancelled'),
    },
  },
  mySignups: { '': { caller: MEMBER, input: () => ({}), budget: 3, check: (d) => (d.items.length > 0 ? null : 'no signups listed') } },
  checkInToken: {
    '': {
      caller: OFFICER,
      input: async (world) => {
        await atCheckIn(world);
        return { activityId: THEME_DAY };
      },
      budget: 2,
      check: (d) => (d.token ? null : 'no token in the window'),
    },
  },
  memberCode: {
    '': {
      caller: MEMBER,
      input: async (world) => {
        await atCheckIn(world);
        return { activityId: THEME_DAY };
      },
      budget: 3,
      check: (d) => (d.code ? null : 'no code in the window'),
    },
  },
  checkIn: {
    '': {
      caller: MEMBER,
      input: async (world) => {
        await atCheckIn(world);
        return { token: (await world.call(OFFICER, 'activity', 'checkInToken', { activityId: THEME_DAY })).token! };
      },
      budget: 5,
      check: (d) => (d.already ? 'expected a first check-in' : null),
    },
  },
  markAttendance: {
    '': {
      caller: OFFICER,
      input: async (world) => {
        await atCheckIn(world);
        const ticket = (await world.store.get('signups', signupId(THEME_DAY, MEMBER)))!.ticket;
        return { activityId: THEME_DAY, attendeeId: ticket };
      },
      budget: 9,
    },
  },
  attendance: { '': { caller: OFFICER, input: () => ({ activityId: PAST_STUDY }), budget: 5 } },
  exportAttendance: { '': { caller: OFFICER, input: () => ({ activityId: PAST_STUDY }), budget: 6 } },
  history: { '': { caller: MEMBER, input: () => ({}), budget: 3, check: (d) => (d.attendedCount > 0 ? null : 'no attendance in the history') } },
  participation: { '': { caller: OFFICER, input: () => ({ quarter: '2026-Q4' }), budget: 7 } },
  sweep: {
    'nothing to do': { caller: TIMER, input: () => ({}), budget: 2, check: (d) => (d.completed + d.released + d.promoted === 0 ? null : `changed records: ${JSON.stringify(d)}`) },
    'a seat whose record was never written': {
      caller: TIMER,
      input: async (world) => {
        const id = await newActivity(world);
        // The signup's instance died right after its seat: the seat is held, no record exists.
        await takePlace(world.store, seatsOf(id), MEMBER_2, world.clock.now(), {});
        world.clock.advance(SWEEP_GRACE_MS);
        return {};
      },
      budget: 10,
      check: (d) => (d.completed === 1 ? null : `completed ${d.completed}, expected 1`),
    },
  },
};
