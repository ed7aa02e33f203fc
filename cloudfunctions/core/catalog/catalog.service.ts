import type { CatalogIndexItem, CatalogItem, CatalogItemSummary, CenterId, FieldId } from '../../../types/catalog';
import { RESIDENT_KINDS, WORKER_VIEW_ROLES } from '../../../types/catalog-names';
import { encodeKeys, searchEntries } from '../../../types/catalog-search';
import type { CenterPlace } from '../../../types/org';
import { catalogContract, type CatalogDetail, type CatalogListOutput, type CatalogView } from '../../../types/functions/catalog';
import { hasAnyRole } from '../kernel/authorize';
import type { ActionContext, Caller } from '../kernel/context';
import { validatedOutput } from '../kernel/validated';
import { forbidden, notFound } from '../kernel/domain-error';
import { communityCenters, loadCommunityCatalog, patchPlace, type CommunityCatalog, type CommunityEntry } from './community-catalog';
import { FEATURED_CODES } from './content/featured';
import { demandSince } from './demand';

export function summarize(item: CatalogItem): CatalogItemSummary {
  return { code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, kind: item.kind, online: item.online };
}

/** Staff see every item (社区工作 included) when they ask for the worker view; residents see what they can use. */
const isStaff = (caller: Caller) => hasAnyRole(caller, WORKER_VIEW_ROLES);
const forResidents = (entry: CommunityEntry) => RESIDENT_KINDS.includes(entry.item.kind);

export function indexItem(entry: CommunityEntry): CatalogIndexItem {
  const { item } = entry;
  return { ...summarize(item), keywords: item.keywords, audience: item.audience, conditions: item.conditions, py: encodeKeys(entry.keys) };
}

export interface ListQuery {
  q?: string | undefined;
  field?: FieldId | undefined;
  center?: CenterId | undefined;
  knownVersion?: string | undefined;
  view?: CatalogView | undefined;
}

const communityOf = (ctx: ActionContext) => ctx.caller.user?.communityId ?? null;

/**
 * The caller's community's catalog, searched and filtered; `notModified` when the device's copy is current. The
 * worker view (every item) is for staff; its version differs from residents' view so a device never mixes them.
 */
export async function listItems(ctx: ActionContext, query: ListQuery): Promise<CatalogListOutput> {
  const worker = query.view === 'worker';
  if (worker && !isStaff(ctx.caller)) throw forbidden('工作人员视图仅供社区工作人员使用');
  const catalog = await loadCommunityCatalog(ctx.store, communityOf(ctx));
  const version = worker ? `${catalog.version}.worker` : catalog.version;
  const scoped = catalog.visible.filter(
    (e) => (worker || forResidents(e)) && (!query.field || e.item.field === query.field) && (!query.center || e.item.center === query.center),
  );
  const ranked = query.q ? searchEntries(scoped, query.q) : scoped;
  if (query.knownVersion === version) return { version, notModified: true, total: ranked.length, items: [] };
  return { version, notModified: false, total: ranked.length, items: ranked.map(indexItem) };
}

/**
 * Per loaded catalog: its visible entries by code, and the detail answers built from it. The catalog object is
 * replaced whenever its version stamp moves, and the stamp is re-read on every call, so nothing kept here is older
 * than the catalog it came from; the place is compared on every call as well, since it comes from the community's
 * record, which is read every time.
 */
interface CatalogDetails {
  byCode: Map<string, CommunityEntry>;
  answers: Map<string, { place: CenterPlace | null; detail: CatalogDetail }>;
}
const detailsOf = new WeakMap<CommunityCatalog, CatalogDetails>();

function catalogDetails(catalog: CommunityCatalog): CatalogDetails {
  let details = detailsOf.get(catalog);
  if (!details) {
    const byCode = new Map<string, CommunityEntry>();
    for (const e of catalog.visible) if (!byCode.has(e.item.code)) byCode.set(e.item.code, e);
    details = { byCode, answers: new Map() };
    detailsOf.set(catalog, details);
  }
  return details;
}

/** The same place: the same keys holding identical values (a value that is an object never counts as the same). */
function samePlace(a: CenterPlace | null, b: CenterPlace | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && isPrimitive(a[k as keyof CenterPlace]) && a[k as keyof CenterPlace] === b[k as keyof CenterPlace]);
}
const isPrimitive = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

/**
 * The detail answer for an entry of a loaded catalog and the place read now: parsed with the action's output schema
 * once, when first built, and reused while the catalog and the place stay the same (see kernel/validated.ts).
 */
function detailFor(catalog: CommunityCatalog, entry: CommunityEntry, place: CenterPlace | null): CatalogDetail {
  const { answers } = catalogDetails(catalog);
  const kept = answers.get(entry.item.code);
  if (kept && samePlace(kept.place, place)) return kept.detail;
  const detail = validatedOutput(catalogContract.get.output, { version: catalog.version, item: entry.item, place });
  answers.set(entry.item.code, { place, detail });
  return detail;
}

/**
 * One item as the caller's community shows it; a hidden item is not found there, nor is a duty of community workers
 * for anyone but staff.
 */
export async function getItem(ctx: ActionContext, code: string): Promise<CatalogDetail> {
  const communityId = communityOf(ctx);
  const catalog = await loadCommunityCatalog(ctx.store, communityId);
  const entry = catalogDetails(catalog).byCode.get(code);
  if (!entry || (!forResidents(entry) && !isStaff(ctx.caller))) throw notFound('该服务事项');
  const centers = await communityCenters(ctx.store, catalog, communityId);
  const place = centers.find((c) => c.center === entry.item.center) ?? null;
  return detailFor(catalog, entry, patchPlace(place, entry.patch));
}

const FREQUENT_COUNT = 6;
const FREQUENT_WINDOW_DAYS = 90;

/**
 * 常用事项: the items requested most in the caller's community over the last 90 days (ties in handbook order),
 * topped up from the curated list; only items the community shows residents.
 */
export async function frequentItems(ctx: ActionContext): Promise<{ items: CatalogItemSummary[] }> {
  const communityId = communityOf(ctx);
  const { visible } = await loadCommunityCatalog(ctx.store, communityId);
  const byCode = new Map(visible.filter(forResidents).map((e) => [e.item.code, e]));
  const counts = communityId ? await demandSince(ctx.store, communityId, ctx.clock.now() - FREQUENT_WINDOW_DAYS * 86_400_000) : new Map<string, number>();
  const requested = [...counts.entries()]
    .filter(([code, n]) => n > 0 && byCode.has(code))
    .sort(([a, n], [b, m]) => m - n || byCode.get(a)!.order - byCode.get(b)!.order)
    .map(([code]) => code);
  const codes = [...new Set([...requested, ...FEATURED_CODES.filter((c) => byCode.has(c))])].slice(0, FREQUENT_COUNT);
  return { items: codes.map((c) => summarize(byCode.get(c)!.item)) };
}
