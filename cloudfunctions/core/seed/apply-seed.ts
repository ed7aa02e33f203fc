import { createHash } from 'node:crypto';
import { CATALOG_ITEMS } from '../catalog/content/index';
import type { CatalogItemDoc, } from '../catalog/catalog.repository';
import { searchKeys } from '../catalog/search-keys';
import { insertUserIfAbsent } from '../kernel/users';
import type { Store } from '../store/port';
import { DEMO_UNITS } from './demo-org';
import { DEMO_USERS, demoConsents } from './demo-users';
import { seedActivities } from './demo-activities';
import { seedGovernance } from './demo-governance';
import { seedHouseholds } from './demo-households';
import { seedParty } from './demo-party';
import { seedLegal } from './demo-legal';

/** Version of the seeded content: a hash, so reseeding the same content keeps device caches valid. */
export function contentVersion(): string {
  return createHash('sha256').update(JSON.stringify(CATALOG_ITEMS)).digest('hex').slice(0, 12);
}

/** Writes the catalog content; idempotent (documents are put by id). */
export async function seedCatalog(store: Store): Promise<void> {
  for (const [order, item] of CATALOG_ITEMS.entries()) {
    const doc: CatalogItemDoc = { _id: item.code, ...item, order, search: searchKeys(item.title, item.keywords) };
    await store.put('catalog_items', doc);
  }
  await store.put('meta', { _id: 'catalog', version: contentVersion() });
}

/** The demo street, communities, grids, buildings and users. Existing users keep their own changes. */
export async function seedDemo(store: Store, now: number): Promise<void> {
  for (const unit of DEMO_UNITS) await store.put('units', unit);
  for (const { label: _label, ...user } of DEMO_USERS) {
    await insertUserIfAbsent(store, { ...user, consents: demoConsents(user, now), createdAt: now, updatedAt: now });
  }
  await seedParty(store, now);
  await seedHouseholds(store, now);
  await seedActivities(store, now);
  await seedLegal(store, now);
  await seedGovernance(store, now);
  await seedCatalog(store);
}
