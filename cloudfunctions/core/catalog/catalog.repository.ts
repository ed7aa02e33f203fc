import type { CatalogItem } from '../../../types/catalog';
import type { SearchKeys } from '../../../types/catalog-search';
import type { ItemPatch } from '../../../types/functions/catalog-admin';
import { findByIds } from '../store/find-by-ids';
import type { Store } from '../store/port';

/** A stored item: the content plus its precomputed search keys and handbook position. */
export interface CatalogItemDoc extends CatalogItem {
  _id: string;
  order: number;
  search: SearchKeys;
}

export interface CatalogMetaDoc {
  _id: 'catalog';
  /** Bumped on every content change; devices and instances cache on it. */
  version: string;
}

export const ADJUSTMENTS = 'catalog_adjustments';

/**
 * A community's change to its copy of the catalog, one document per (community, item): a patch and/or
 * hiding of a city item (`patch`), or a community's own item (`local`, with its pinyin keys).
 */
export interface AdjustmentDoc {
  _id: string;
  communityId: string;
  code: string;
  kind: 'patch' | 'local';
  hidden: boolean;
  patch: ItemPatch;
  item: CatalogItem | null;
  search: SearchKeys | null;
  /** Bumped on every write of this document: the admin's form sends the rev it loaded. */
  rev: number;
  updatedAt: number;
  updatedBy: string;
}

/** Per community: bumped in the same transaction as any adjustment, so the list version moves with it. */
export interface CommunityCatalogMetaDoc {
  _id: string;
  communityId: string;
  rev: number;
  updatedAt: number;
}

export const adjustmentId = (communityId: string, code: string) => `${communityId}:${code}`;
export const communityMetaId = (communityId: string) => `catalog:${communityId}`;

type MetaDoc = CatalogMetaDoc | CommunityCatalogMetaDoc;
/** A community's revision as its meta document holds it (0 before its first adjustment). */
export const revOf = (meta: MetaDoc | null): number => (meta && 'rev' in meta ? meta.rev : 0);

/**
 * The two version stamps a community's catalog is keyed on, in one read: the content's version and the community's
 * adjustment revision (0 for a newcomer with no community, or before its first adjustment).
 */
export async function catalogStamps(store: Store, communityId: string | null): Promise<{ content: string; rev: number }> {
  const communityMeta = communityId ? communityMetaId(communityId) : null;
  const found = await findByIds(store, 'meta', communityMeta ? ['catalog', communityMeta] : ['catalog']);
  const content = found.get('catalog');
  return { content: content && 'version' in content ? content.version : 'empty', rev: communityMeta ? revOf(found.get(communityMeta) ?? null) : 0 };
}

export async function findItem(store: Store, code: string): Promise<CatalogItemDoc | null> {
  return store.get('catalog_items', code);
}

export async function allItems(store: Store): Promise<CatalogItemDoc[]> {
  return store.find('catalog_items', {}, { orderBy: [['order', 'asc']] });
}

/** A community's adjustments; one page holds them all (at most one per city item plus its local items). */
export async function adjustmentsOf(store: Store, communityId: string): Promise<AdjustmentDoc[]> {
  return store.find(ADJUSTMENTS, { communityId }, { orderBy: [['code', 'asc']] });
}

declare module '../store/collections' {
  interface CollectionDocs {
    catalog_items: CatalogItemDoc;
    catalog_adjustments: AdjustmentDoc;
    /** Version stamps: the seeded catalog's (`catalog`) and each community's adjustments revision. */
    meta: CatalogMetaDoc | CommunityCatalogMetaDoc;
  }
}
