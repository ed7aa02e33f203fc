import type { CatalogIndexItem, CatalogItem, CatalogItemSummary, CenterId, FieldId } from '../../../types/catalog';
import { encodeKeys, searchEntries } from '../../../types/catalog-search';
import type { CatalogDetail, CatalogListOutput } from '../../../types/functions/catalog';
import { getUnit } from '../org/org.repository';
import type { ActionContext } from '../runtime/context';
import { notFound } from '../shared/domain-error';
import { loadCommunityCatalog, patchPlace, type CommunityEntry } from './community-catalog';
import { FEATURED_CODES } from './content/featured';
import { demandSince } from './demand';

export function summarize(item: CatalogItem): CatalogItemSummary {
  return { code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, online: item.online };
}

function indexItem(entry: CommunityEntry): CatalogIndexItem {
  const { item } = entry;
  return { ...summarize(item), keywords: item.keywords, audience: item.audience, conditions: item.conditions, py: encodeKeys(entry.keys) };
}

export interface ListQuery {
  q?: string | undefined;
  field?: FieldId | undefined;
  center?: CenterId | undefined;
  knownVersion?: string | undefined;
}

const communityOf = (ctx: ActionContext) => ctx.caller.user?.communityId ?? null;

/** The caller's community's catalog, searched and filtered; `notModified` when the device's copy is current. */
export async function listItems(ctx: ActionContext, query: ListQuery): Promise<CatalogListOutput> {
  const { version, visible } = await loadCommunityCatalog(ctx.store, communityOf(ctx));
  const scoped = visible.filter((e) => (!query.field || e.item.field === query.field) && (!query.center || e.item.center === query.center));
  const ranked = query.q ? searchEntries(scoped, query.q) : scoped;
  if (query.knownVersion === version) return { version, notModified: true, total: ranked.length, items: [] };
  return { version, notModified: false, total: ranked.length, items: ranked.map(indexItem) };
}

/** One item as the caller's community shows it; a hidden item is not found there. */
export async function getItem(ctx: ActionContext, code: string): Promise<CatalogDetail> {
  const communityId = communityOf(ctx);
  const { version, visible } = await loadCommunityCatalog(ctx.store, communityId);
  const entry = visible.find((e) => e.item.code === code);
  if (!entry) throw notFound('该服务事项');
  const community = communityId ? await getUnit(ctx.store, communityId) : null;
  const place = community?.centers?.find((c) => c.center === entry.item.center) ?? null;
  return { version, item: entry.item, place: patchPlace(place, entry.patch) };
}

const FREQUENT_COUNT = 6;
const FREQUENT_WINDOW_DAYS = 90;

/**
 * 常用事项: the items requested most in the caller's community over the last 90 days (ties in handbook order),
 * topped up from the curated list; only items the community shows.
 */
export async function frequentItems(ctx: ActionContext): Promise<{ items: CatalogItemSummary[] }> {
  const communityId = communityOf(ctx);
  const { visible } = await loadCommunityCatalog(ctx.store, communityId);
  const byCode = new Map(visible.map((e) => [e.item.code, e]));
  const counts = communityId ? await demandSince(ctx.store, communityId, ctx.clock.now() - FREQUENT_WINDOW_DAYS * 86_400_000) : new Map<string, number>();
  const requested = [...counts.entries()]
    .filter(([code, n]) => n > 0 && byCode.has(code))
    .sort(([a, n], [b, m]) => m - n || byCode.get(a)!.order - byCode.get(b)!.order)
    .map(([code]) => code);
  const codes = [...new Set([...requested, ...FEATURED_CODES.filter((c) => byCode.has(c))])].slice(0, FREQUENT_COUNT);
  return { items: codes.map((c) => summarize(byCode.get(c)!.item)) };
}
