import Taro from '@tarojs/taro';
import type { CatalogIndexItem, CatalogItemSummary } from '../../types/catalog';
import type { CatalogDetail, CatalogView } from '../../types/functions/catalog';

/**
 * The device's copy of the catalog: the list (with its version stamp and search keys) and the details last
 * opened, so that 首页, 办事 and item pages open at once and still work with no network. Revalidated with
 * the version (catalog.list `knownVersion`); a detail is kept with the version it was read at.
 */
const LIST_KEY = 'catalog.list';
const DETAILS_KEY = 'catalog.details';
const FREQUENT_KEY = 'catalog.frequent';
const VIEW_KEY = 'catalog.view';
const MAX_DETAILS = 30;

export interface CachedList {
  version: string;
  items: CatalogIndexItem[];
}
interface CachedDetail extends CatalogDetail {
  savedAt: number;
}

function read<T>(key: string): T | null {
  try {
    const value = Taro.getStorageSync(key) as T | '';
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

/** Storage may be full or unavailable (private mode): the app still works, it only opens slower next time. */
function write(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // nothing to do: the cache is an optimisation
  }
}

export function cachedList(): CachedList | null {
  const list = read<CachedList>(LIST_KEY);
  return list && Array.isArray(list.items) && typeof list.version === 'string' ? list : null;
}

export function saveList(list: CachedList): void {
  write(LIST_KEY, list);
}

export function cachedDetail(code: string): CatalogDetail | null {
  const all = read<Record<string, CachedDetail>>(DETAILS_KEY);
  const hit = all?.[code];
  return hit ? { version: hit.version, item: hit.item, place: hit.place } : null;
}

/** Keeps the most recently opened details, up to MAX_DETAILS. */
export function saveDetail(detail: CatalogDetail): void {
  const all = read<Record<string, CachedDetail>>(DETAILS_KEY) ?? {};
  all[detail.item.code] = { ...detail, savedAt: Date.now() };
  const keep = Object.entries(all)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_DETAILS);
  write(DETAILS_KEY, Object.fromEntries(keep));
}

/** Drops a detail the server no longer shows this community (hidden or removed). */
export function forgetDetail(code: string): void {
  const all = read<Record<string, CachedDetail>>(DETAILS_KEY);
  if (!all?.[code]) return;
  delete all[code];
  write(DETAILS_KEY, all);
}

export function cachedFrequent(): CatalogItemSummary[] | null {
  const items = read<CatalogItemSummary[]>(FREQUENT_KEY);
  return Array.isArray(items) ? items : null;
}

export function saveFrequent(items: CatalogItemSummary[]): void {
  write(FREQUENT_KEY, items);
}

/** Staff's choice of the worker view, kept across launches (the server still checks who asks). */
export function cachedView(): CatalogView {
  return read<string>(VIEW_KEY) === 'worker' ? 'worker' : 'resident';
}

export function saveView(view: CatalogView): void {
  write(VIEW_KEY, view);
}
