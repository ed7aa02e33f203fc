// `npx tsx bench/catalog-search.ts`: latency of the catalog search ranking (types/catalog-search.ts) over the
// real 87 items and over a 100× synthetic catalog built from them, for a mix of Chinese, full-pinyin and
// initials queries; then `catalog.list` through the local host end to end. Prints figures and ratios.
import { CATALOG_ITEMS } from '../cloudfunctions/core/catalog/content/index';
import { searchKeys } from '../cloudfunctions/core/catalog/search-keys';
import { decodeKeys, encodeKeys, searchEntries, type SearchEntry } from '../types/catalog-search';
import type { InputOf } from '../types/api';
import type { CatalogItem } from '../types/catalog';
import { startTestHost } from '../scripts/harness/test-host';

/** What residents type: Chinese words, full pinyin, initials, a code, and a miss. */
export const QUERIES = ['低保', '养老', '调解', '残疾人', '家庭医生', 'ylbx', 'yanglao', 'dibao', 'gljt', 'tiaojie', 'jtys', 'ms-01', '火星移民'];

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `fn` once per query for `rounds` rounds (after a warm-up); returns median and p99 in microseconds. */
function timeQueries(rounds: number, fn: (q: string) => unknown): { median: number; p99: number } {
  for (let i = 0; i < 3; i++) for (const q of QUERIES) fn(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - t) / 1e3);
    }
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** 100 copies of each item, as if a hundred catalogs were searched at once: every match is found 100 times. */
function synthetic(entries: Array<SearchEntry<CatalogItem>>, copies = 100): Array<SearchEntry<CatalogItem>> {
  const out: Array<SearchEntry<CatalogItem>> = [];
  for (let c = 0; c < copies; c++) {
    for (const e of entries) out.push({ item: { ...e.item, code: `${e.item.code}-${c}` }, keys: e.keys, order: out.length });
  }
  return out;
}

async function timeList(rounds: number): Promise<Record<string, number>> {
  const host = await startTestHost();
  try {
    const call = (data: InputOf<'catalog', 'list'>) => host.call('demo-resident', 'catalog', 'list', data);
    const full = await call({});
    const payload = Buffer.byteLength(JSON.stringify(full));
    const measure = async (data: (i: number) => InputOf<'catalog', 'list'>) => {
      for (let i = 0; i < 5; i++) await call(data(i));
      const samples: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t = process.hrtime.bigint();
        await call(data(i));
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      samples.sort((a, b) => a - b);
      return { median: percentile(samples, 50), p99: percentile(samples, 99) };
    };
    const whole = await measure(() => ({}));
    const searched = await measure((i) => ({ q: QUERIES[i % QUERIES.length] }));
    const notModified = await measure(() => ({ knownVersion: full.data?.version }));
    return {
      list_full_median_ms: round(whole.median, 2),
      list_full_p99_ms: round(whole.p99, 2),
      list_search_median_ms: round(searched.median, 2),
      list_search_p99_ms: round(searched.p99, 2),
      list_not_modified_median_ms: round(notModified.median, 2),
      list_not_modified_p99_ms: round(notModified.p99, 2),
      list_full_payload_kb: round(payload / 1024),
      list_not_modified_payload_bytes: Buffer.byteLength(JSON.stringify(await call({ knownVersion: full.data?.version }))),
    };
  } finally {
    await host.close();
  }
}

export async function benchCatalogSearch(): Promise<Record<string, number | string>> {
  const real = CATALOG_ITEMS.map((item, order) => ({ item, keys: searchKeys(item.title, item.keywords), order }));
  const big = synthetic(real);
  const realTimes = timeQueries(300, (q) => searchEntries(real, q));
  const bigTimes = timeQueries(10, (q) => searchEntries(big, q));

  // The device rebuilds its search entries from the list's compact keys once per version.
  const compact = real.map((e) => encodeKeys(e.keys));
  const t = process.hrtime.bigint();
  for (let i = 0; i < 100; i++) compact.map(decodeKeys);
  const decodeMs = Number(process.hrtime.bigint() - t) / 1e6 / 100;

  return {
    queries: QUERIES.join(' '),
    real_items: real.length,
    real_median_us: round(realTimes.median),
    real_p99_us: round(realTimes.p99),
    synthetic_items: big.length,
    synthetic_median_us: round(bigTimes.median),
    synthetic_p99_us: round(bigTimes.p99),
    ratio_median_synthetic_to_real: round(bigTimes.median / realTimes.median),
    ratio_p99_synthetic_to_real: round(bigTimes.p99 / realTimes.p99),
    device_decode_keys_ms: round(decodeMs, 3),
    ...(await timeList(200)),
  };
}

if (require.main === module) {
  benchCatalogSearch()
    .then((figures) => {
      const width = Math.max(...Object.keys(figures).map((k) => k.length));
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(width)}  ${v}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
