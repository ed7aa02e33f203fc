import { RESIDENCE_REFUSALS, type ResidenceLevel } from '../../../types/residence';
import type { Caller } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import { holdsResidence } from '../kernel/residence';

/**
 * Residence that depends on the record: the authorization table declares the level an action needs when its record
 * asks for residents (`residenceByRecord`), and the domain asks here whether the caller's verified household lies
 * inside the record's unit. A household the person only stated, or one elsewhere, does not count.
 */
export function residesWithin(caller: Caller, level: ResidenceLevel, unitId: string): boolean {
  return holdsResidence(caller.user, level) && (caller.user?.household?.path.includes(unitId) ?? false);
}

export function requireResidenceWithin(caller: Caller, level: ResidenceLevel, unitId: string, where: string): void {
  if (residesWithin(caller, level, unitId)) return;
  throw forbidden(holdsResidence(caller.user, level) ? `该活动仅面向${where}已核实住址的居民` : RESIDENCE_REFUSALS[level]);
}
