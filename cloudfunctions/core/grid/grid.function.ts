import { POLICY } from '../access/policy';
import { gridContract } from '../../../types/functions/grid';
import { defineFunction } from '../kernel/function-def';
import { myRequest, myRequests } from './requests.service';
import { previewRoute } from './route-preview.service';
import { submitRequest } from './submit.service';

/** Residents' requests, routed to the grid that owns them; with the grid-routing issue, to its workers. */
export const gridFunction = defineFunction('grid', gridContract, POLICY.grid, {
  submit: (ctx, input) => submitRequest(ctx, input),
  route: (ctx, input) => previewRoute(ctx, input.location),
  mine: (ctx, input) => myRequests(ctx, input),
  get: (ctx, input) => myRequest(ctx, input.id),
});
