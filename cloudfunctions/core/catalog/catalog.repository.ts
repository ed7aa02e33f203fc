import type { CatalogItem } from '../../../types/catalog';
import type { Store } from '../store/port';
import type { SearchKeys } from './search-keys';

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

export async function catalogVersion(store: Store): Promise<string> {
  return (await store.get<CatalogMetaDoc>('meta', 'catalog'))?.version ?? 'empty';
}

export async function allItems(store: Store): Promise<CatalogItemDoc[]> {
  return store.find<CatalogItemDoc>('catalog_items', {}, { orderBy: [['order', 'asc']] });
}
