import { POLICY } from '../access/policy';
import { activityContract } from '../../../types/functions/activity';
import { defineFunction } from '../kernel/function-def';
import { getActivity, listActivities, organiserUnits } from './activity.service';
import { attendance, exportAttendance, history } from './attendance.service';
import { checkIn, checkInToken, markAttendance, memberCode } from './checkin.service';
import { cancelActivity, createActivity, updateActivity } from './organise.service';
import { participation } from './participation.service';
import { cancel, mySignups, signup } from './signup.service';
import { sweepSeats } from './sweep.service';

/** What a residents' audience asks of those who sign up, as the authorization table says it. */
const JOIN_LEVEL = POLICY.activity.signup.residenceByRecord;

/** Party activities: branches publish, members sign up and check in, organisers keep attendance. */
export const activityFunction = defineFunction('activity', activityContract, POLICY.activity, {
  list: (ctx, input) => listActivities(ctx, input),
  get: (ctx, input) => getActivity(ctx, input.id, JOIN_LEVEL),
  organiserUnits: (ctx) => organiserUnits(ctx),
  create: (ctx, input) => createActivity(ctx, input),
  update: (ctx, input) => updateActivity(ctx, input),
  cancelActivity: (ctx, input) => cancelActivity(ctx, input),
  signup: (ctx, input) => signup(ctx, input.id, JOIN_LEVEL),
  cancel: (ctx, input) => cancel(ctx, input.id),
  mySignups: (ctx) => mySignups(ctx),
  checkInToken: (ctx, input) => checkInToken(ctx, input.activityId),
  memberCode: (ctx, input) => memberCode(ctx, input.activityId),
  checkIn: (ctx, input) => checkIn(ctx, input.token),
  markAttendance: (ctx, input) => markAttendance(ctx, input),
  attendance: (ctx, input) => attendance(ctx, input.activityId),
  exportAttendance: (ctx, input) => exportAttendance(ctx, input.activityId),
  history: (ctx) => history(ctx),
  participation: (ctx, input) => participation(ctx, input),
  sweep: (ctx) => sweepSeats(ctx.store, ctx.clock.now()),
});
