import { POLICY } from '../access/policy';
import { legalAidContract } from '../../../types/functions/legal-aid';
import { defineFunction } from '../kernel/function-def';
import { lawyers, setAvailability, slots } from './availability.service';
import { caseReads, getBookingDetail, myCases } from './booking-read.service';
import { book } from './booking.service';
import { cancel, rate, reschedule } from './change.service';
import { accept, complete, decline } from './respond.service';
import { sweepLegal } from './sweep.service';
import { agenda, serviceRecord } from './desk.service';
import { stats } from './stats.service';
import { answer, ask, claim, question, volunteerQuestions, withdraw } from './question.service';
import { apply, leave, myVolunteer, pause, verify, volunteers } from './onboarding.service';

/** Legal aid: volunteers join and publish hours, residents book consultations or ask quick questions. */
export const legalAidFunction = defineFunction('legal-aid', legalAidContract, POLICY['legal-aid'], {
  apply: (ctx, input) => apply(ctx, input),
  myVolunteer: (ctx) => myVolunteer(ctx),
  volunteers: (ctx, input) => volunteers(ctx, input),
  verify: (ctx, input) => verify(ctx, input),
  pause: (ctx, input) => pause(ctx, input.paused),
  leave: (ctx) => leave(ctx),
  setAvailability: (ctx, input) => setAvailability(ctx, input),
  lawyers: (ctx, input) => lawyers(ctx, input),
  slots: (ctx, input) => slots(ctx, input.lawyerId),
  book: (ctx, input) => book(ctx, input),
  mine: (ctx) => myCases(ctx),
  get: (ctx, input) => getBookingDetail(ctx, input.id),
  reads: (ctx, input) => caseReads(ctx, input.id),
  accept: (ctx, input) => accept(ctx, input.id),
  decline: (ctx, input) => decline(ctx, input.id, input.reason),
  cancel: (ctx, input) => cancel(ctx, input.id, input.reason),
  reschedule: (ctx, input) => reschedule(ctx, input.id, input.startAt),
  complete: (ctx, input) => complete(ctx, input),
  rate: (ctx, input) => rate(ctx, input),
  ask: (ctx, input) => ask(ctx, input),
  question: (ctx, input) => question(ctx, input.id),
  withdraw: (ctx, input) => withdraw(ctx, input.id),
  questions: (ctx) => volunteerQuestions(ctx),
  claim: (ctx, input) => claim(ctx, input.id),
  answer: (ctx, input) => answer(ctx, input.id, input.answer),
  agenda: (ctx) => agenda(ctx),
  serviceRecord: (ctx, input) => serviceRecord(ctx, input.year),
  stats: (ctx, input) => stats(ctx, input),
  sweep: (ctx) => sweepLegal(ctx.store, ctx.clock.now()),
});
