import type { CategoryRule, RequestLimits } from '../../../types/grid-settings';
import type { OrgSettings } from '../../../types/functions/org';
import { describeOfficeHours, type OfficeHours } from '../../../types/working-hours';
import { mayActOn, requireActOn, requireAdministered } from '../access/scope';
import { diffFields, recordAudit } from '../audit/audit';
import { PUBLISHED_HOLIDAY_YEARS } from '../calendar/published-years';
import type { ActionContext } from '../kernel/context';
import { notFound } from '../kernel/domain-error';
import { getUnit, type UnitDoc } from '../org/org.repository';
import { limitsOf, officeHoursOf } from '../org/unit-settings';


const STREET_ADMIN = ['street_admin'] as const;

async function streetOf(ctx: ActionContext, community: UnitDoc): Promise<UnitDoc> {
  const street = community.parentId ? await getUnit(ctx.store, community.parentId) : null;
  if (!street) throw notFound('所属街道');
  return street;
}

function view(ctx: ActionContext, community: UnitDoc, street: UnitDoc): OrgSettings {
  const hours = officeHoursOf(community);
  return {
    communityId: community.id,
    communityName: community.name,
    streetId: street.id,
    streetName: street.name,
    officeHours: hours,
    officeHoursText: describeOfficeHours(hours),
    officeHoursDefault: !community.officeHours,
    limits: limitsOf(street),
    limitsDefault: !street.requestLimits,
    canEditLimits: mayActOn(ctx.caller, STREET_ADMIN, street),
    categoryRules: community.categoryRules ?? [],
    holidayYears: PUBLISHED_HOLIDAY_YEARS.map((y) => y.year),
  };
}

export async function settings(ctx: ActionContext, communityId: string): Promise<OrgSettings> {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  return view(ctx, community, await streetOf(ctx, community));
}

/** One field of a unit replaced, with its audit entry, in one transaction. */
async function replaceField<K extends 'officeHours' | 'categoryRules' | 'requestLimits'>(ctx: ActionContext, unit: UnitDoc, field: K, value: NonNullable<UnitDoc[K]>): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get('units', unit.id);
    if (!current) throw notFound('该单位');
    await tx.update('units', unit.id, { set: { [field]: value } });
    await recordAudit(tx, now, ctx.caller, { unitId: unit.id, action: `org.${field}`, target: unit.id, changes: diffFields({ [field]: current[field] }, { [field]: value }) });
  });
}

export async function setOfficeHours(ctx: ActionContext, communityId: string, hours: OfficeHours): Promise<OrgSettings> {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  await replaceField(ctx, community, 'officeHours', hours);
  return view(ctx, { ...community, officeHours: hours }, await streetOf(ctx, community));
}

export async function setCategoryRules(ctx: ActionContext, communityId: string, rules: CategoryRule[]): Promise<OrgSettings> {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  await replaceField(ctx, community, 'categoryRules', rules);
  return view(ctx, { ...community, categoryRules: rules }, await streetOf(ctx, community));
}

/** Street admins only: the limits are the street's commitment, the same in all its communities. */
export async function setLimits(ctx: ActionContext, communityId: string, limits: RequestLimits): Promise<OrgSettings> {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  const street = await streetOf(ctx, community);
  requireActOn(ctx.caller, STREET_ADMIN, street, '只有街道管理员可以设置本街道的办理时限');
  await replaceField(ctx, street, 'requestLimits', limits);
  return view(ctx, community, { ...street, requestLimits: limits });
}
