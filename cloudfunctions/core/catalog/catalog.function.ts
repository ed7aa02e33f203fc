import { catalogContract } from '../../../types/functions/catalog';
import { defineFunction } from '../runtime/function-def';
import { getItem, listItems } from './catalog.service';

export const catalogFunction = defineFunction('catalog', catalogContract, {
  list: (ctx, input) => listItems(ctx, input),
  get: (ctx, input) => getItem(ctx, input.code),
});
