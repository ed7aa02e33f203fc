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

  it('puts pinyin-pro in catalog-admin, whose write path computes the keys', async () => {
    expect((await bundledInputs('catalog-admin')).some((p) => p.includes('pinyin-pro'))).toBe(true);
  });
});
