import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MB, measureWeapp } from '../../bench/weapp-packages';

/**
 * WeChat's hard limits, checked on the real weapp build (npm test builds it first). Sizes we aim for are
 * benchmarks (bench/), not tests; these are the platform's rules and deterministic.
 */
const dist = resolve(__dirname, '../../dist/weapp');
const src = resolve(__dirname, '../../src');

describe('weapp package budget', () => {
  const sizes = measureWeapp(dist);
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { pages: string[]; tabBar: { list: Array<{ pagePath: string }> } };

  it('keeps the main package within 2 MB', () => {
    expect(sizes.main).toBeLessThanOrEqual(2 * MB);
  });

  it('keeps every subpackage within 2 MB', () => {
    for (const [root, bytes] of Object.entries(sizes.subpackages)) {
      expect({ root, bytes: bytes <= 2 * MB }).toEqual({ root, bytes: true });
    }
  });

  it('puts tab pages in the main package', () => {
    for (const tab of app.tabBar.list) expect(app.pages).toContain(tab.pagePath);
  });

  it('puts every role-only page (src/pkg-*) in a subpackage, never in the main package', () => {
    const roots = readdirSync(src).filter((d) => d.startsWith('pkg-'));
    for (const root of roots) {
      expect(Object.keys(sizes.subpackages)).toContain(root);
      expect(app.pages.filter((p) => p.startsWith(`${root}/`))).toEqual([]);
    }
  });

  it('never ships the local dev sign-in in the mini-program', () => {
    expect(app.pages).not.toContain('pages/login/index');
    expect(existsSync(join(dist, 'pages/login'))).toBe(false);
  });
});
