import { pinyin } from 'pinyin-pro';

/**
 * Precomputed pinyin for search, built when content is written (seed, admin edits) so that the catalog
 * function never ships the pinyin dictionary.
 */
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

export function pinyinKey(text: string): PinyinKey {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const starts: number[] = [];
  let full = '';
  for (const s of syllables) {
    starts.push(full.length);
    full += s;
  }
  return { full, starts, initials: syllables.map((s) => s[0]).join('') };
}

export function searchKeys(title: string, keywords: readonly string[]): SearchKeys {
  return { title: pinyinKey(title), keywords: keywords.map(pinyinKey) };
}
