import { POLICY } from '../access/policy';
import { userContract } from '../../../types/functions/user';
import { defineFunction } from '../kernel/function-def';
import { claimAdmin, communities, enter, me, updateProfile } from './user.service';

export const userFunction = defineFunction('user', userContract, POLICY.user, {
  communities: (ctx) => communities(ctx),
  me: (ctx) => me(ctx),
  enter: (ctx, input) => enter(ctx, input.scene),
  updateProfile: (ctx, input) => updateProfile(ctx, input),
  claimAdmin: (ctx, input) => claimAdmin(ctx, input.code),
});
