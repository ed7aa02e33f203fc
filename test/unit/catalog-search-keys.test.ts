import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { searchKeys } from '../../cloudfunctions/core/catalog/search-keys';
import { buildFunctions, bundleOptions } from '../../scripts/build-functions';
import { encodeKeys, type CompactSearchKeys } from '../../types/catalog-search';

type KeysOf = (title: string, keywords: readonly string[]) => CompactSearchKeys;

const byCode = (keysOf: KeysOf) => Object.fromEntries(CATALOG_ITEMS.map((item) => [item.code, keysOf(item.title, item.keywords)]));

/**
 * searchKeys as the catalog-admin function ships it: bundled with the deploy options (minified, UTF-8 output)
 * beside the function's lazy pinyin-pro.js (pinyin-pro's ES build), while the seed and these tests run
 * pinyin-pro's CommonJS build from source.
 */
async function bundledSearchKeys(dir: string): Promise<typeof searchKeys> {
  const root = resolve(__dirname, '../..');
  await buildFunctions(dir, ['catalog-admin']);
  const outfile = join(dir, 'catalog-admin/search-keys.js');
  await build({ ...bundleOptions('catalog-admin'), entryPoints: [join(root, 'cloudfunctions/core/catalog/search-keys.ts')], outfile, logLevel: 'silent' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(outfile) as { searchKeys: typeof searchKeys }).searchKeys;
}

describe('search keys of the city catalog', () => {
  // Stored keys must not move silently (a pinyin-pro upgrade, a build option): run `npx jest -u` only when a
  // change of the content or of the keys is meant, and reseed.
  it('are the recorded ones for every item', () => {
    const keys = byCode((title, keywords) => encodeKeys(searchKeys(title, keywords)));
    expect(Object.keys(keys)).toHaveLength(87);
    expect(keys).toMatchSnapshot();
  });

  it('come out byte-identical from the catalog-admin bundle and from the source the seed runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-keys-'));
    try {
      const bundled = await bundledSearchKeys(dir);
      expect(byCode((title, keywords) => encodeKeys(bundled(title, keywords)))).toEqual(
        byCode((title, keywords) => encodeKeys(searchKeys(title, keywords))),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
