// Bundles each cloud function (cloudfunctions/<name>/index.ts) with the core into dist/cloudfunctions/<name>,
// leaving wx-server-sdk external as CloudBase installs it from the function's package.json.
import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const sourceDir = join(root, 'cloudfunctions');
const outDir = join(root, 'dist/cloudfunctions');

export function functionNames(): string[] {
  return readdirSync(sourceDir).filter((name) => name !== 'core' && existsSync(join(sourceDir, name, 'index.ts')));
}

/** How every function is bundled; the bundle test uses the same options to inspect what goes in. */
export function bundleOptions(name: string): BuildOptions {
  return {
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

export async function buildFunctions(): Promise<Array<{ name: string; bytes: number }>> {
  const results: Array<{ name: string; bytes: number }> = [];
  for (const name of functionNames()) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    await build({ ...bundleOptions(name), outfile: join(dir, 'index.js') });
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } }, null, 2)}\n`,
    );
    // Timer triggers (config.json) travel with the function.
    const trigger = join(sourceDir, name, 'config.json');
    if (existsSync(trigger)) copyFileSync(trigger, join(dir, 'config.json'));
    results.push({ name, bytes: statSync(join(dir, 'index.js')).size });
  }
  return results;
}

if (require.main === module) {
  buildFunctions()
    .then((results) => {
      for (const r of results) console.log(`${r.name.padEnd(12)} ${(r.bytes / 1024).toFixed(1)} KB`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
