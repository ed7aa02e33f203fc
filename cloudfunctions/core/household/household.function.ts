import { POLICY } from '../access/policy';
import { householdContract } from '../../../types/functions/household';
import { defineFunction } from '../kernel/function-def';
import { claim, claimOwner, mine } from './claim.service';
import { pending, verify, verifyOwner } from './verify.service';

/** Households: residents state where they live; grid workers, 楼栋长 and admins verify it; admins verify ownership. */
export const householdFunction = defineFunction('household', householdContract, POLICY.household, {
  mine: (ctx) => mine(ctx),
  claim: (ctx, input) => claim(ctx, input),
  claimOwner: (ctx, input) => claimOwner(ctx, input),
  pending: (ctx, input) => pending(ctx, input),
  verify: (ctx, input) => verify(ctx, input),
  verifyOwner: (ctx, input) => verifyOwner(ctx, input),
});
