import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * The weapp build as DevTools opens it (npm test builds it first): app.json says what src/app.config.ts says, every
 * page it names exists, no Node built-in reached the bundle, and project.config.json points DevTools at the build.
 */
const root = resolve(__dirname, '../..');
const dist = resolve(root, process.env.WEAPP_DIST ?? 'dist/weapp');
if (!existsSync(join(dist, 'app.json'))) throw new Error(`${dist}/app.json is missing: run \`npm run build:weapp\` (npm test does) before this suite`);

interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
  tabBar?: { list: Array<{ pagePath: string }> };
}
const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson;

/** src/app.config.ts as Taro reads it: `defineAppConfig` is a macro of the build, the identity here. */
function sourceConfig(): AppJson {
  (globalThis as Record<string, unknown>).defineAppConfig = (config: AppJson) => config;
  return (require('../../src/app.config') as { default: AppJson }).default;
}
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const subpackagesOf = (config: AppJson) => (config.subPackages ?? config.subpackages ?? []).map((s) => ({ root: s.root.replace(/\/$/, ''), pages: s.pages }));

describe('the weapp build', () => {
  const source = sourceConfig();

  it('lists the pages and subpackages of src/app.config.ts', () => {
    expect(app.pages).toEqual(source.pages);
    expect(subpackagesOf(app)).toEqual(subpackagesOf(source));
    expect(app.tabBar?.list.map((t) => t.pagePath)).toEqual(source.tabBar?.list.map((t) => t.pagePath));
  });

  it('has every page it lists on disk (script, template, config)', () => {
    const pages = [...app.pages, ...subpackagesOf(app).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
    for (const page of pages) {
      for (const ext of ['.js', '.wxml', '.json']) expect({ page, ext, exists: existsSync(join(dist, `${page}${ext}`)) }).toEqual({ page, ext, exists: true });
    }
  });

  it('carries no Node built-in: nothing requires fs, path, crypto…', () => {
    const names = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));
    const required = new RegExp(`require\\(["'](node:)?(${names.join('|')})["']\\)`);
    const offenders = files(dist)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => required.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is where project.config.json points WeChat DevTools, beside the cloud functions', () => {
    const project = JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8')) as { miniprogramRoot: string; cloudfunctionRoot: string; compileType: string };
    expect(resolve(root, project.miniprogramRoot)).toBe(resolve(root, 'dist/weapp'));
    expect(resolve(root, project.cloudfunctionRoot)).toBe(resolve(root, 'dist/cloudfunctions'));
    expect(project.compileType).toBe('miniprogram');
    expect(existsSync(join(root, project.cloudfunctionRoot))).toBe(true);
  });
});
