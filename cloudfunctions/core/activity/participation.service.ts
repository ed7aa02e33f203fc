import type { ParticipationRow } from '../../../types/activity';
import { fromShanghai, shanghai } from '../../../types/time';
import { subtreeUnits } from '../org/org.repository';
import { MEMBERS, } from '../party/membership.repository';
import { OFFICER_ROLES, scopeRoots } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import type { Store } from '../store/port';
import { ACTIVITIES, SIGNUPS, activitiesByIds, hoursOf, type SignupDoc } from './activity.repository';

const BRANCH_KINDS = new Set(['community', 'grid']);
/** Check-ins are recorded around the activity's time; a margin finds those recorded late by hand. */
const MARGIN_MS = 31 * 24 * 3_600_000;

/** `2026-Q4` → [1 Oct, 1 Jan) in Shanghai time. */
export function quarterRange(quarter: string): { from: number; to: number } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(-1))];
  const from = fromShanghai(`${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01 00:00`);
  return { from, to: shanghai(from).add(3, 'month').valueOf() };
}

async function attendedSignups(store: Store, openids: string[], from: number, to: number): Promise<SignupDoc[]> {
  const out: SignupDoc[] = [];
  for (let i = 0; i < openids.length; i += 100) {
    // Confirmed signups only: checked-in ⊆ confirmed (attendance.service.ts attendedOn).
    const filter = { openid: { $in: openids.slice(i, i + 100) }, status: 'confirmed', checkedInAt: { $gte: from, $lt: to + MARGIN_MS } } as const;
    out.push(...(await store.find(SIGNUPS, filter, { limit: 1000 })));
  }
  return out;
}

/**
 * For each branch under the caller's officer units: its registered members, how many of them attended at least
 * one activity that started in the quarter (any organiser's), their attendances and hours, and the activities
 * the branch itself organised.
 */
export async function participation(ctx: ActionContext, input: { quarter: string; unitId?: string | undefined }) {
  const { from, to } = quarterRange(input.quarter);
  const roots = await scopeRoots(ctx.store, ctx.caller, OFFICER_ROLES, input.unitId, '您不是该支部的支部委员，不能查看');
  const rows: ParticipationRow[] = [];
  for (const root of roots) {
    const [units, members, organised] = await Promise.all([
      subtreeUnits(ctx.store, root.id),
      ctx.store.find(MEMBERS, { unitPath: { $has: root.id } }, { limit: 1000 }),
      ctx.store.find(ACTIVITIES, { unitPath: { $has: root.id }, status: 'published', startAt: { $gte: from, $lt: to } }, { limit: 1000 }),
    ]);
    const signups = await attendedSignups(ctx.store, members.map((m) => m._id), from, to);
    const activities = await activitiesByIds(ctx.store, signups.map((s) => s.activityId));
    const counted = signups.filter((s) => {
      const a = activities.get(s.activityId);
      return a !== undefined && a.status === 'published' && a.startAt >= from && a.startAt < to;
    });
    for (const unit of units.filter((u) => BRANCH_KINDS.has(u.kind))) {
      const own = new Set(members.filter((m) => m.unitId === unit.id).map((m) => m._id));
      const theirs = counted.filter((s) => own.has(s.openid));
      const active = new Set(theirs.map((s) => s.openid)).size;
      rows.push({
        unitId: unit.id,
        partyOrgName: unit.partyOrgName,
        members: own.size,
        activeMembers: active,
        rate: own.size ? Math.round((active / own.size) * 1000) / 1000 : 0,
        activities: organised.filter((a) => a.unitId === unit.id).length,
        attendances: theirs.length,
        hours: Math.round(theirs.reduce((n, s) => n + hoursOf(activities.get(s.activityId)!), 0) * 10) / 10,
      });
    }
  }
  return { quarter: input.quarter, from, to, rows };
}
