import { randomBytes } from 'node:crypto';

/**
 * What stands in for a deleted person's OPENID in records kept for others (privacy/erasure.ts). The colon keeps it
 * apart from any OPENID (and from `system:` and `list:`); nothing may message, seat or sweep it as a person.
 */
export const ALIAS_PREFIX = 'gone:';

export const newAlias = () => `${ALIAS_PREFIX}${randomBytes(8).toString('hex')}`;

export const isAlias = (who: string) => who.startsWith(ALIAS_PREFIX);
