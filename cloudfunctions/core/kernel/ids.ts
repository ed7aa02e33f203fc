import { randomBytes } from 'node:crypto';

/** Sortable, collision-resistant id: time prefix (base36) + 8 random bytes (hex). */
export function newId(prefix: string, now: number = Date.now()): string {
  return `${prefix}_${now.toString(36)}${randomBytes(6).toString('hex')}`;
}
