import { POLICY } from '../access/policy';
import { userContract } from '../../../types/functions/user';
import { defineFunction } from '../kernel/function-def';
import { finishErasures } from '../privacy/erasure';
import { exportPersonalData } from '../privacy/export';
import { deleteMe } from './delete-me.service';
import { claimAdmin, communities, consent, enter, me, updateProfile, whoReadMyData } from './user.service';

export const userFunction = defineFunction('user', userContract, POLICY.user, {
  communities: (ctx) => communities(ctx),
  me: (ctx) => me(ctx),
  enter: (ctx, input) => enter(ctx, input.scene),
  updateProfile: (ctx, input) => updateProfile(ctx, input),
  consent: (ctx, input) => consent(ctx, input),
  whoReadMyData: (ctx) => whoReadMyData(ctx),
  exportMyData: (ctx) => exportPersonalData(ctx.store, ctx.clock.now(), ctx.caller.openid),
  deleteMe: (ctx) => deleteMe(ctx),
  finishErasures: (ctx) => finishErasures(ctx.store, ctx.clock.now()),
  claimAdmin: (ctx, input) => claimAdmin(ctx, input.code),
});
