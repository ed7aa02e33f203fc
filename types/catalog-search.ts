/**
 * The catalog's search ranking, pure and free of zod and of the pinyin dictionary, so that the `catalog`
 * function and the device (offline search over the cached list) rank identically. Pinyin keys are computed
 * where content is written (cloudfunctions/core/catalog/search-keys.ts) and travel in a compact form.
 */

/** Pinyin of one text, as the ranking reads it. */
export interface PinyinKey {
  /** Full pinyin without tones or spaces: yanglaobaoxian. */
  full: string;
  /** Offsets in `full` where a syllable starts; a full-pinyin match must start at one. */
  starts: number[];
  /** First letters: ylbx. */
  initials: string;
}

export interface SearchKeys {
  title: PinyinKey;
  keywords: PinyinKey[];
}

/** Compact form for the wire and the device: syllables joined by spaces, e.g. "yang lao bao xian". */
export interface CompactSearchKeys {
  title: string;
  keywords: string[];
}

/** What the ranking reads of an item: a full item or the list's index entry both fit. */
export interface SearchableItem {
  code: string;
  title: string;
  summary: string;
  keywords: readonly string[];
  audience: string;
  conditions: readonly string[];
}

export interface SearchEntry<T extends SearchableItem = SearchableItem> {
  item: T;
  keys: SearchKeys;
  /** Position in the catalog: the tie-break, so equal scores keep handbook order. */
  order: number;
}

/** Builds a key from syllables (already lowercase a–z/0–9). */
export function keyFromSyllables(syllables: readonly string[]): PinyinKey {
  const starts: number[] = [];
  let full = '';
  for (const s of syllables) {
    starts.push(full.length);
    full += s;
  }
  return { full, starts, initials: syllables.map((s) => s[0]).join('') };
}

export function encodeKey(key: PinyinKey): string {
  return key.starts.map((start, i) => key.full.slice(start, key.starts[i + 1])).join(' ');
}

export function decodeKey(compact: string): PinyinKey {
  return keyFromSyllables(compact.split(' ').filter(Boolean));
}

export function encodeKeys(keys: SearchKeys): CompactSearchKeys {
  return { title: encodeKey(keys.title), keywords: keys.keywords.map(encodeKey) };
}

export function decodeKeys(compact: CompactSearchKeys): SearchKeys {
  return { title: decodeKey(compact.title), keywords: compact.keywords.map(decodeKey) };
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

function hanScore(item: SearchableItem, q: string): number {
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

const SHORT_NAME_INITIALS = 77;

function latinScore(entry: SearchEntry, q: string): number {
  if (entry.item.code.toLowerCase().replace('-', '') === q.replace('-', '')) return 100;
  // The first keyword is the item's common short name (低保 of 最低生活保障申请): its initials typed whole rank
  // just below the title's own initials, above a title that merely begins or contains them ("db": 创业担保贷款).
  const shortName = entry.keys.keywords[0];
  if (shortName && shortName.initials === q && entry.keys.title.initials !== q) return SHORT_NAME_INITIALS;
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
export function searchEntries<E extends SearchEntry>(entries: readonly E[], rawQuery: string): E[] {
  const q = normalizeQuery(rawQuery);
  if (!q) return [...entries];
  const scored: Array<{ entry: E; score: number }> = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, q);
    if (score > 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return scored.map((s) => s.entry);
}
