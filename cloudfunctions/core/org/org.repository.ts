import type { CenterPlace, OrgUnit } from '../../../types/org';
import type { Store } from '../store/port';

export interface UnitDoc extends OrgUnit {
  _id: string;
  /** Communities only: where each hosting center is. */
  centers?: CenterPlace[];
}

export async function getUnit(store: Store, id: string): Promise<UnitDoc | null> {
  return store.get<UnitDoc>('units', id);
}

export async function childUnits(store: Store, parentId: string): Promise<UnitDoc[]> {
  return store.find<UnitDoc>('units', { parentId }, { orderBy: [['name', 'asc']] });
}
