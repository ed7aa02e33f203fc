import type { VisitHouseholdView } from '../../../../types/functions/governance-visits';
import { usersByIds } from '../../kernel/users';
import { unitsByIds } from '../../org/org.repository';
import type { Store } from '../../store/port';
import { dueAt } from './due';
import type { VisitHouseholdDoc } from './visits.repository';

/** Households for visitors and officers: due and overdue, assigned members by name; due first. */
export async function householdViews(store: Store, docs: readonly VisitHouseholdDoc[], now: number): Promise<VisitHouseholdView[]> {
  const [units, users] = await Promise.all([unitsByIds(store, docs.flatMap((d) => [d.buildingId, d.gridId])), usersByIds(store, docs.flatMap((d) => d.assignees))]);
  return docs
    .map((d) => {
      const due = dueAt(d);
      return {
        id: d._id,
        label: d.label,
        building: units.get(d.buildingId)?.name ?? '',
        gridName: units.get(d.gridId)?.name ?? '',
        entrance: d.entrance,
        room: d.room,
        care: d.care?.kinds ?? [],
        monthly: d.care !== null,
        lastVisitAt: d.lastVisitAt,
        dueAt: due,
        overdue: now >= due,
        visitors: d.assignees.map((o) => users.get(o)?.name ?? '党员'),
      };
    })
    .sort((a, b) => a.dueAt - b.dueAt);
}
