import { POLICY } from '../access/policy';
import { orgContract } from '../../../types/functions/org';
import { defineFunction } from '../kernel/function-def';
import { importCsv } from './import.service';
import { setCategoryRules, setLimits, setOfficeHours, settings } from './settings.service';

/** Admins' settings of the org tree that drive requests: office hours, the street's limits, category rules. */
export const orgFunction = defineFunction('org', orgContract, POLICY.org, {
  settings: (ctx, input) => settings(ctx, input.communityId),
  setOfficeHours: (ctx, input) => setOfficeHours(ctx, input.communityId, input.hours),
  setLimits: (ctx, input) => setLimits(ctx, input.communityId, input.limits),
  setCategoryRules: (ctx, input) => setCategoryRules(ctx, input.communityId, input.rules),
  importCsv: (ctx, input) => importCsv(ctx, input.communityId, input.kind, input.csv),
});
