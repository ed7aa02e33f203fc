// Bundles each cloud function (cloudfunctions/<name>/index.ts) with the core into dist/cloudfunctions/<name>,
// leaving wx-server-sdk external as CloudBase installs it from the function's package.json.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLOUD_ADAPTERS } from '../cloudfunctions/core/cloudbase/cloud-adapters';
import { FUNCTIONS } from '../cloudfunctions/core/functions';
import { cloudbaserc, cloudConfig, loadDeployConfig } from './cloud-config';
import { ADAPTERS_MODULE, adaptersModuleFor, portsUsedBy } from './function-ports';

const root = resolve(__dirname, '..');
const sourceDir = join(root, 'cloudfunctions');
const outDir = join(root, 'dist/cloudfunctions');

/** The function folders; each must be a registered function and each registered function must have one. */
export function functionNames(): string[] {
  const names = readdirSync(sourceDir).filter((name) => name !== 'core' && existsSync(join(sourceDir, name, 'index.ts')));
  const registered = Object.keys(FUNCTIONS);
  const unregistered = names.filter((n) => !registered.includes(n));
  const folderless = registered.filter((n) => !names.includes(n));
  if (unregistered.length + folderless.length > 0) {
    throw new Error(`cloudfunctions/<name>/index.ts and FUNCTIONS disagree: no definition for ${unregistered.join(', ') || '-'}; no folder for ${folderless.join(', ') || '-'}`);
  }
  return names;
}

/**
 * Packages a function needs only on a rare path, shipped beside its index.js as `<package>.js` and required on
 * first use (the code reaches them through a dynamic import): catalog-admin needs pinyin-pro (~300 KB of
 * dictionary) only when a local item is written, not on each cold start of its everyday actions.
 */
export const LAZY_PACKAGES: Record<string, readonly string[]> = {
  'catalog-admin': ['pinyin-pro'],
};

/** The platform ports a function's code reads, from the sources esbuild puts in its bundle. */
export async function portsOf(name: string): Promise<string[]> {
  const result = await build({ ...bundleOptions(name), write: false, metafile: true, logLevel: 'silent' });
  return portsUsedBy(
    Object.keys(result.metafile.inputs).map((p) => resolve(root, p)),
    Object.keys(CLOUD_ADAPTERS),
  );
}

/** Gives the bundle a registry of CloudBase adapters holding only these ports' adapters (see cloud-adapters.ts). */
function onlyAdapters(ports: readonly string[]): Plugin {
  return {
    name: 'only-used-adapters',
    setup: (b) => {
      b.onResolve({ filter: /\/cloud-adapters$/ }, (args) => {
        const path = resolve(args.resolveDir, `${args.path}.ts`);
        return path === ADAPTERS_MODULE ? { path, namespace: 'used-adapters' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'used-adapters' }, () => ({ contents: adaptersModuleFor(ports), loader: 'ts', resolveDir: root }));
    },
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
    absWorkingDir: root,
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
  /** The platform ports its code reads: its bundle carries their CloudBase adapters and config.json their open APIs. */
  ports: string[];
}

export async function buildFunctions(into = outDir, only?: readonly string[]): Promise<BuiltFunction[]> {
  const results: BuiltFunction[] = [];
  const names = functionNames();
  const deploy = loadDeployConfig(names);
  for (const name of names.filter((n) => !only || only.includes(n))) {
    const dir = join(into, name);
    mkdirSync(dir, { recursive: true });
    const ports = await portsOf(name);
    const options = bundleOptions(name);
    await build({ ...options, plugins: [...(options.plugins ?? []), onlyAdapters(ports)], outfile: join(dir, 'index.js') });
    const lazy: BuiltFunction['lazy'] = [];
    for (const pkg of LAZY_PACKAGES[name] ?? []) lazy.push({ pkg, bytes: await buildLazyPackage(name, pkg, dir) });
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } }, null, 2)}\n`,
    );
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify(cloudConfig(name, ports), null, 2)}\n`);
    results.push({ name, bytes: statSync(join(dir, 'index.js')).size, lazy, ports });
  }
  // Beside the functions' folder, for a build of them all: `tcb fn deploy` run from there reads it.
  if (!only) writeFileSync(join(into, '..', 'cloudbaserc.json'), `${JSON.stringify(cloudbaserc(names, deploy), null, 2)}\n`);
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
