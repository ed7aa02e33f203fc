import { gridContract } from '../../../types/functions/grid';
import { defineFunction } from '../runtime/function-def';
import { myRequest, myRequests } from './requests.service';
import { submitRequest } from './submit.service';

/** Residents' requests and, with the grid-routing issue, their routing to grid workers. */
export const gridFunction = defineFunction('grid', gridContract, {
  submit: (ctx, input) => submitRequest(ctx, input),
  mine: (ctx, input) => myRequests(ctx, input),
  get: (ctx, input) => myRequest(ctx, input.id),
});
