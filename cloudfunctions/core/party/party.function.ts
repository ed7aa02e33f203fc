import { POLICY } from '../access/policy';
import { partyContract } from '../../../types/functions/party';
import { defineFunction } from '../kernel/function-def';
import { apply, branches, myMembership } from './membership.service';
import { applications, decide, members } from './review.service';

/** Party membership: residents apply to a branch; its officers decide and keep the register. */
export const partyFunction = defineFunction('party', partyContract, POLICY.party, {
  branches: (ctx) => branches(ctx),
  apply: (ctx, input) => apply(ctx, input),
  myMembership: (ctx) => myMembership(ctx),
  applications: (ctx, input) => applications(ctx, input),
  decide: (ctx, input) => decide(ctx, input),
  members: (ctx, input) => members(ctx, input),
});
