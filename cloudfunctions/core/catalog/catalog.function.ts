import { POLICY } from '../access/policy';
import { catalogContract } from '../../../types/functions/catalog';
import { defineFunction } from '../kernel/function-def';
import { frequentItems, getItem, listItems } from './catalog.service';
import { reportMistake } from './reports/report.service';

export const catalogFunction = defineFunction('catalog', catalogContract, POLICY.catalog, {
  list: (ctx, input) => listItems(ctx, input),
  get: (ctx, input) => getItem(ctx, input.code),
  frequent: (ctx) => frequentItems(ctx),
  reportMistake: (ctx, input) => reportMistake(ctx, input),
});
