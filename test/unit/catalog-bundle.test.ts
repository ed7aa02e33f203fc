import { build } from 'esbuild';
import { bundleOptions } from '../../scripts/build-functions';

/** The files esbuild puts in a function's bundle (as the deploy build does, minus writing it). */
async function bundledInputs(fn: string): Promise<string[]> {
  const result = await build({ ...bundleOptions(fn), write: false, metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

describe('function bundles', () => {
  it('keeps the pinyin dictionary and the content out of the catalog function residents call', async () => {
    const inputs = await bundledInputs('catalog');
    expect(inputs.filter((p) => p.includes('pinyin-pro'))).toEqual([]);
    expect(inputs.filter((p) => p.includes('catalog/content/') && !p.endsWith('featured.ts'))).toEqual([]);
    expect(inputs.some((p) => p.endsWith('types/catalog-search.ts'))).toBe(true);
  });

  it('ships pinyin-pro beside catalog-admin, not inside it: only a local item’s write loads it', async () => {
    expect((await bundledInputs('catalog-admin')).filter((p) => p.includes('pinyin-pro'))).toEqual([]);
    const result = await build({ ...bundleOptions('catalog-admin'), write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]!.text;
    // Required inside esbuild's lazy module initialiser of search-keys, which only the dynamic import runs.
    expect(code.match(/require\("\.\/pinyin-pro\.js"\)/g)).toHaveLength(1);
  });
});
