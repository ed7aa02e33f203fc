import type { Role } from '../../types/role-names';

/**
 * Links to features, shown on 首页 (shortcuts) and 我的 (entries) to the roles they serve. Each feature adds
 * its own line here rather than editing the pages.
 */
export interface Entry {
  key: string;
  title: string;
  /** Page path, e.g. `/pkg-activity/list/index`. */
  url: string;
  /** Shown only to callers holding one of these roles; absent means everyone. */
  roles?: Role[];
  /** Where it appears. */
  on: Array<'home' | 'me'>;
}

export const ENTRIES: Entry[] = [];

export function entriesFor(place: 'home' | 'me', roles: readonly Role[]): Entry[] {
  return ENTRIES.filter((e) => e.on.includes(place) && (!e.roles || e.roles.some((r) => roles.includes(r))));
}
