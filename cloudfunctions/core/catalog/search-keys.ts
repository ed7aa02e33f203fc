import { pinyin } from 'pinyin-pro';
import { keyFromSyllables, type PinyinKey, type SearchKeys } from '../../../types/catalog-search';

/**
 * Precomputed pinyin for search, built when content is written (seed, admin edits) so that the catalog
 * function never ships the pinyin dictionary (~300 KB of the bundle, 95% of it pinyin-pro's data: the
 * single-character dictionary alone is 176 KB). Only write paths may import this module.
 */
export function pinyinKey(text: string): PinyinKey {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return keyFromSyllables(syllables);
}

export function searchKeys(title: string, keywords: readonly string[]): SearchKeys {
  return { title: pinyinKey(title), keywords: keywords.map(pinyinKey) };
}
