import { POLICY } from '../access/policy';
import { gridContract } from '../../../types/functions/grid';
import { defineFunction } from '../kernel/function-def';
import { comment, pause, resume } from './conversation.service';
import { dashboard, exportDashboard } from './dashboard.service';
import { inbox } from './inbox.service';
import { accept, confirm, rate, reopen, resolve, start } from './lifecycle.service';
import { similar, submitReport } from './report.service';
import { myRequests, requestDetail } from './requests.service';
import { previewRoute } from './route-preview.service';
import { clearReview, reviewQueue } from './review.service';
import { submitRequest } from './submit.service';
import { closeUnrated, escalateOverdue, sweepEffects } from './timers.service';
import { handOff, sendBack, transfer } from './transfer.service';

/**
 * Residents' requests (接诉即办): routed to the grid that owns them, assigned to the person accountable, worked
 * through their lifecycle on working-time clocks, escalated when nobody acts, rated, and overseen.
 */
export const gridFunction = defineFunction('grid', gridContract, POLICY.grid, {
  submit: (ctx, input) => submitRequest(ctx, input),
  report: (ctx, input) => submitReport(ctx, input),
  similar: (ctx, input) => similar(ctx, input),
  route: (ctx, input) => previewRoute(ctx, input.location),
  mine: (ctx, input) => myRequests(ctx, input),
  get: (ctx, input) => requestDetail(ctx, input.id),
  comment: (ctx, input) => comment(ctx, input.id, input.text, input.photos ?? []),
  confirm: (ctx, input) => confirm(ctx, input.id),
  reopen: (ctx, input) => reopen(ctx, input.id, input.reason),
  rate: (ctx, input) => rate(ctx, input.id, input.rating, input.comment),
  inbox: (ctx, input) => inbox(ctx, input.tab),
  accept: (ctx, input) => accept(ctx, input.id, input.urgency),
  start: (ctx, input) => start(ctx, input.id),
  resolve: (ctx, input) => resolve(ctx, input.id, input.note, input.photos ?? []),
  transfer: (ctx, input) => transfer(ctx, input.id, input.to, input.reason),
  pause: (ctx, input) => pause(ctx, input.id, input.reason),
  resume: (ctx, input) => resume(ctx, input.id),
  handOff: (ctx, input) => handOff(ctx, input.id, input.department, input.reference),
  sendBack: (ctx, input) => sendBack(ctx, input.id, input.reason),
  dashboard: (ctx, input) => dashboard(ctx, input.unitId, input.weeks),
  exportDashboard: (ctx, input) => exportDashboard(ctx, input),
  reviewQueue: (ctx, input) => reviewQueue(ctx, input.communityId),
  clearReview: (ctx, input) => clearReview(ctx, input.id, input.decision),
  escalateOverdue: (ctx) => escalateOverdue(ctx),
  closeUnrated: (ctx) => closeUnrated(ctx),
  sweep: (ctx) => sweepEffects(ctx),
});
