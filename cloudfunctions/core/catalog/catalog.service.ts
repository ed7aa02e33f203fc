import type { CatalogItem, CatalogItemSummary, CenterId, FieldId } from '../../../types/catalog';
import type { CatalogDetail } from '../../../types/functions/catalog';
import { getUnit } from '../org/org.repository';
import type { ActionContext } from '../runtime/context';
import { notFound } from '../shared/domain-error';
import type { Store } from '../store/port';
import { allItems, catalogVersion } from './catalog.repository';
import { searchEntries, type SearchEntry } from './search';

/**
 * Items and their search index, kept per function instance and reloaded only when the stored version moves:
 * one small read per call instead of the whole catalog.
 */
interface Loaded {
  version: string;
  entries: SearchEntry[];
}
const cache = new WeakMap<Store, Loaded>();

async function loadEntries(store: Store): Promise<Loaded> {
  const version = await catalogVersion(store);
  const cached = cache.get(store);
  if (cached?.version === version) return cached;
  const docs = await allItems(store);
  const loaded = { version, entries: docs.map(({ _id, order, search, ...item }) => ({ item: item as CatalogItem, keys: search, order })) };
  cache.set(store, loaded);
  return loaded;
}

function summarize(item: CatalogItem): CatalogItemSummary {
  return { code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, online: item.online };
}

export interface ListQuery {
  q?: string | undefined;
  field?: FieldId | undefined;
  center?: CenterId | undefined;
}

export async function listItems(ctx: ActionContext, query: ListQuery) {
  const { version, entries } = await loadEntries(ctx.store);
  const scoped = entries.filter((e) => (!query.field || e.item.field === query.field) && (!query.center || e.item.center === query.center));
  const ranked = query.q ? searchEntries(scoped, query.q) : scoped;
  return { version, total: ranked.length, items: ranked.map((e) => summarize(e.item)) };
}

export async function getItem(ctx: ActionContext, code: string): Promise<CatalogDetail> {
  const { entries } = await loadEntries(ctx.store);
  const entry = entries.find((e) => e.item.code === code);
  if (!entry) throw notFound('该服务事项');
  const community = ctx.caller.user?.communityId ? await getUnit(ctx.store, ctx.caller.user.communityId) : null;
  const place = community?.centers?.find((c) => c.center === entry.item.center) ?? null;
  return { item: entry.item, place };
}
