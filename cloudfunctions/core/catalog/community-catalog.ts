import type { CatalogItem } from '../../../types/catalog';
import type { SearchEntry } from '../../../types/catalog-search';
import type { ItemPatch } from '../../../types/functions/catalog-admin';
import type { CenterPlace } from '../../../types/org';
import type { Store } from '../store/port';
import { getUnit } from '../org/org.repository';
import { adjustmentsOf, allItems, catalogStamps, type AdjustmentDoc } from './catalog.repository';

/** An item as one community shows it, with what the community changed. */
export interface CommunityEntry extends SearchEntry<CatalogItem> {
  patch: ItemPatch;
  hidden: boolean;
  local: boolean;
  /** Rev of the stored adjustment; 0 when there is none. */
  rev: number;
}

export interface CommunityCatalog {
  version: string;
  /** Every item, hidden ones included (the admin's view). */
  all: CommunityEntry[];
  /** What residents of the community see. */
  visible: CommunityEntry[];
  /** The community's service centers, once read (communityCenters). */
  centers?: readonly CenterPlace[];
}

/** Local items follow the city's, in code order. */
const LOCAL_ORDER = 100_000;

/** Sets `key` to `value`, or leaves it out when both are absent (stored documents carry no undefined fields). */
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/**
 * The community's copy of an item: its window, hours, contact, notes and own time limit (本社区承诺) as adjusted.
 * Hours the community does not set for the item come from its center's record, at read time.
 */
export function patchItem(item: CatalogItem, patch: ItemPatch): CatalogItem {
  if (Object.keys(patch).length === 0) return item;
  return {
    ...item,
    place: { window: patch.window ?? item.place.window, ...optional('hours', patch.hours ?? item.place.hours) },
    contactRole: patch.contactRole ?? item.contactRole,
    ...optional('notes', patch.notes ?? item.notes),
    ...optional('promisedLimit', patch.promisedLimit ?? item.promisedLimit),
  };
}

/** The center's place with the item's own address and phone, where the community set them. */
export function patchPlace(place: CenterPlace | null, patch: ItemPatch): CenterPlace | null {
  if (!place) return null;
  return { ...place, address: patch.address ?? place.address, phone: patch.contactPhone ?? place.phone };
}

/** Applies a community's adjustments to the city's entries: patches, hiding, local items appended. */
export function mergeCatalog(base: readonly SearchEntry<CatalogItem>[], adjustments: readonly AdjustmentDoc[]): CommunityEntry[] {
  const byCode = new Map(adjustments.filter((a) => a.kind === 'patch').map((a) => [a.code, a]));
  const merged: CommunityEntry[] = base.map((entry) => {
    const adj = byCode.get(entry.item.code);
    if (!adj) return { ...entry, patch: {}, hidden: false, local: false, rev: 0 };
    return { ...entry, item: patchItem(entry.item, adj.patch), patch: adj.patch, hidden: adj.hidden, local: false, rev: adj.rev };
  });
  const locals = adjustments.filter((a) => a.kind === 'local' && a.item && a.search).sort((a, b) => a.code.localeCompare(b.code));
  locals.forEach((a, i) => merged.push({ item: a.item!, keys: a.search!, order: LOCAL_ORDER + i, patch: {}, hidden: a.hidden, local: true, rev: a.rev }));
  return merged;
}

/**
 * Per function instance: the city's entries (reloaded only when the content version moves) and each
 * community's merged copy (reloaded only when its rev moves). A call costs one small read (both version stamps).
 */
const baseCache = new WeakMap<Store, { version: string; entries: SearchEntry<CatalogItem>[] }>();
const communityCache = new WeakMap<Store, Map<string, CommunityCatalog>>();

async function baseEntries(store: Store, version: string): Promise<SearchEntry<CatalogItem>[]> {
  const cached = baseCache.get(store);
  if (cached?.version === version) return cached.entries;
  const docs = await allItems(store);
  const entries = docs.map(({ _id, order, search, ...item }) => ({ item: item as CatalogItem, keys: search, order }));
  baseCache.set(store, { version, entries });
  return entries;
}

/** The list version: the content's hash, and the community's adjustment revision. */
export function communityVersion(content: string, communityId: string | null, rev: number): string {
  return communityId ? `${content}.${communityId}.${rev}` : `${content}.city`;
}

/** The catalog as a community sees it; `null` (a newcomer with no community yet): the city's content. */
export async function loadCommunityCatalog(store: Store, communityId: string | null): Promise<CommunityCatalog> {
  const { content, rev } = await catalogStamps(store, communityId);
  const version = communityVersion(content, communityId, rev);
  let perStore = communityCache.get(store);
  if (!perStore) communityCache.set(store, (perStore = new Map()));
  const cached = perStore.get(communityId ?? '');
  if (cached?.version === version) return cached;

  const base = await baseEntries(store, content);
  const all = communityId ? mergeCatalog(base, await adjustmentsOf(store, communityId)) : mergeCatalog(base, []);
  const loaded = { version, all, visible: all.filter((e) => !e.hidden) };
  perStore.set(communityId ?? '', loaded);
  return loaded;
}

/**
 * The community's service centers (each item's place), kept on its cached catalog so a warm instance answers an
 * item without reading the community. Setup writes them once, with the community; whatever comes to edit them must
 * bump the community's catalog revision in the same write (catalog/admin/adjustments.ts), or instances keep the
 * old ones.
 */
export async function communityCenters(store: Store, catalog: CommunityCatalog, communityId: string | null): Promise<readonly CenterPlace[]> {
  if (!communityId) return [];
  catalog.centers ??= (await getUnit(store, communityId))?.centers ?? [];
  return catalog.centers;
}
