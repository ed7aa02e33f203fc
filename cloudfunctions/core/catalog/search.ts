import type { CatalogItem } from '../../../types/catalog';
import type { PinyinKey, SearchKeys } from './search-keys';

export interface SearchEntry {
  item: CatalogItem;
  keys: SearchKeys;
  /** Position in the catalog: the tie-break, so equal scores keep handbook order. */
  order: number;
}

const HAS_HAN = /[\u3400-\u9fff]/;

/** Normalises what people type: trims, lowercases, drops spaces and apostrophes (xi'an). */
export function normalizeQuery(q: string): string {
  return q.toLowerCase().replace(/[\s'’·]/g, '');
}

function pinyinScore(key: PinyinKey, q: string, weight: number): number {
  if (key.initials === q) return weight + 8;
  if (key.initials.startsWith(q)) return weight + 6;
  const at = key.full.indexOf(q);
  if (at === 0) return weight + 7;
  // Full pinyin must start on a syllable, or "anglao" would find 养老.
  for (let i = at; i >= 0; i = key.full.indexOf(q, i + 1)) if (key.starts.includes(i)) return weight + 4;
  if (q.length >= 2 && key.initials.includes(q)) return weight + 2;
  return 0;
}

function hanScore(item: CatalogItem, q: string): number {
  if (item.title === q) return 100;
  if (item.title.startsWith(q)) return 90;
  if (item.title.includes(q)) return 80;
  if (item.keywords.some((k) => k === q)) return 70;
  if (item.keywords.some((k) => k.includes(q) || q.includes(k))) return 60;
  if (item.summary.includes(q)) return 40;
  if (item.audience.includes(q)) return 30;
  if (item.conditions.some((c) => c.includes(q))) return 20;
  return 0;
}

function latinScore(entry: SearchEntry, q: string): number {
  if (entry.item.code.toLowerCase().replace('-', '') === q.replace('-', '')) return 100;
  const title = pinyinScore(entry.keys.title, q, 70);
  if (title) return title;
  let best = 0;
  for (const kw of entry.keys.keywords) best = Math.max(best, pinyinScore(kw, q, 50));
  return best;
}

/** Score of one entry for a normalised query; 0 means no match. */
export function scoreEntry(entry: SearchEntry, q: string): number {
  return HAS_HAN.test(q) ? hanScore(entry.item, q) : latinScore(entry, q);
}

/** Ranks entries for a query: best score first, then handbook order. */
export function searchEntries(entries: readonly SearchEntry[], rawQuery: string): SearchEntry[] {
  const q = normalizeQuery(rawQuery);
  if (!q) return [...entries];
  const scored: Array<{ entry: SearchEntry; score: number }> = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, q);
    if (score > 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return scored.map((s) => s.entry);
}
