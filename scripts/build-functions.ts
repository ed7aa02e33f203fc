// Bundles each cloud function (cloudfunctions/<name>/index.ts) with the core into dist/cloudfunctions/<name>,
// leaving wx-server-sdk external as CloudBase installs it from the function's package.json.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { functionNamed } from '../cloudfunctions/core/functions';
import { timerActions } from '../cloudfunctions/core/kernel/run-action';

const root = resolve(__dirname, '..');
const sourceDir = join(root, 'cloudfunctions');
const outDir = join(root, 'dist/cloudfunctions');

export function functionNames(): string[] {
  return readdirSync(sourceDir).filter((name) => name !== 'core' && existsSync(join(sourceDir, name, 'index.ts')));
}

/**
 * Packages a function needs only on a rare path, shipped beside its index.js as `<package>.js` and required on
 * first use (the code reaches them through a dynamic import): catalog-admin needs pinyin-pro (~300 KB of
 * dictionary) only when a local item is written, not on each cold start of its everyday actions.
 */
export const LAZY_PACKAGES: Record<string, readonly string[]> = {
  'catalog-admin': ['pinyin-pro'],
};

/** WeChat open APIs each function calls through cloud.openapi; CloudBase refuses a call its config.json does not list. */
export const OPENAPI: Record<string, readonly string[]> = {
  notify: ['subscribeMessage.send'],
  // Residents' and workers' text and photos pass the content checks (platform/cloudbase-content-check, -media-check).
  grid: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  // An invitation's QR is a mini-program code (platform/cloudbase-mini-code).
  staff: ['wxacode.getUnlimited'],
};

/**
 * A function's config.json: its open-API permissions and its timer triggers, one per action whose rule declares a
 * timer in the authorization table (the trigger's name is the action's), so the schedule is written down once.
 */
export function cloudConfig(name: string): { permissions: { openapi: string[] }; triggers: Array<{ name: string; type: 'timer'; config: string }> } {
  const fn = functionNamed(name);
  if (!fn) throw new Error(`cloudfunctions/${name} has no function definition in cloudfunctions/core/functions.ts`);
  return {
    permissions: { openapi: [...(OPENAPI[name] ?? [])] },
    triggers: timerActions(fn).map((action) => ({ name: action, type: 'timer', config: fn.policy[action]!.timer!.cron })),
  };
}

/** Resolves a lazy package to its sibling file, so the function's bundle requires it instead of inlining it. */
function lazyPackages(packages: readonly string[]): Plugin {
  const filter = new RegExp(`^(${packages.join('|').replace(/\./g, '\\.')})$`);
  return { name: 'lazy-packages', setup: (b) => b.onResolve({ filter }, (args) => ({ path: `./${args.path}.js`, external: true })) };
}

/** How every function is bundled; the bundle test uses the same options to inspect what goes in. */
export function bundleOptions(name: string): BuildOptions {
  const lazy = LAZY_PACKAGES[name] ?? [];
  return {
    ...(lazy.length > 0 ? { plugins: [lazyPackages(lazy)] } : {}),
    entryPoints: [join(sourceDir, name, 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    // Resolve packages' ES module builds so that unused parts of zod and dayjs are shaken out.
    mainFields: ['module', 'main'],
    conditions: ['import'],
    external: ['wx-server-sdk'],
    minify: true,
    // Node reads sources as UTF-8: keep Chinese text as is instead of \uXXXX escapes, which double the size of
    // every CJK character (pinyin-pro's dictionaries in catalog-admin: 458 KB escaped, 302 KB as UTF-8).
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** One lazy package as its own CommonJS file, bundled with the same options as the functions. */
async function buildLazyPackage(name: string, pkg: string, dir: string): Promise<number> {
  const { plugins: _none, entryPoints: _entry, ...options } = bundleOptions(name);
  const outfile = join(dir, `${pkg}.js`);
  await build({ ...options, stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: root, loader: 'js' }, outfile });
  return statSync(outfile).size;
}

export interface BuiltFunction {
  name: string;
  /** index.js, what every cold start loads. */
  bytes: number;
  /** The lazy packages' files, loaded only on the paths that need them. */
  lazy: Array<{ pkg: string; bytes: number }>;
}

export async function buildFunctions(into = outDir, only?: readonly string[]): Promise<BuiltFunction[]> {
  const results: BuiltFunction[] = [];
  for (const name of functionNames().filter((n) => !only || only.includes(n))) {
    const dir = join(into, name);
    mkdirSync(dir, { recursive: true });
    await build({ ...bundleOptions(name), outfile: join(dir, 'index.js') });
    const lazy: BuiltFunction['lazy'] = [];
    for (const pkg of LAZY_PACKAGES[name] ?? []) lazy.push({ pkg, bytes: await buildLazyPackage(name, pkg, dir) });
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } }, null, 2)}\n`,
    );
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify(cloudConfig(name), null, 2)}\n`);
    results.push({ name, bytes: statSync(join(dir, 'index.js')).size, lazy });
  }
  return results;
}

if (require.main === module) {
  buildFunctions()
    .then((results) => {
      for (const r of results) {
        const lazy = r.lazy.map((l) => ` + ${l.pkg}.js ${(l.bytes / 1024).toFixed(1)} KB on first use`).join('');
        console.log(`${r.name.padEnd(14)} ${(r.bytes / 1024).toFixed(1)} KB${lazy}`);
      }
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
