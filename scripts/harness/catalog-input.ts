import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import type { CatalogItem } from '../../types/catalog';

/**
 * A community's own item, complete and valid: built from a city item so every field is realistic. Its citations
 * are typed by title, as a community admin writes them (no link to the city's list of documents).
 */
export function localItem(code = 'LXY-01', overrides: Partial<CatalogItem> = {}): CatalogItem {
  const base = CATALOG_ITEMS.find((i) => i.code === 'YL-10')!;
  return {
    ...structuredClone(base),
    code,
    title: '西园长者食堂就餐登记',
    summary: '西园社区长者食堂为辖区老年人提供午餐，登记后凭卡就餐。',
    keywords: ['长者食堂', '老年餐', '助餐'],
    notes: '每周一至周五 11:00-13:00 供餐。',
    policyBasis: base.policyBasis.map(({ title, articles, note }) => ({ title, ...(articles ? { articles } : {}), ...(note ? { note } : {}) })),
    reviewedAgainst: [],
    ...overrides,
  };
}
