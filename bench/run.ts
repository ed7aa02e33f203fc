// `npm run bench`: measures everything side by side in one run, prints figures and ratios against the
// targets, and writes bench/RESULTS.md. Results are not asserted: they are what we build toward.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { benchCatalogSearch } from './catalog-search';
import { benchCrashBurst } from './crash-burst';
import { benchFirstScreen } from './first-screen';
import { benchFunctionBundles } from './function-bundles';
import { benchGridRouting } from './grid-routing';
import { benchHostThroughput } from './host-throughput';
import { benchSetDataEstimate } from './setdata-estimate';
import { benchSignupBurst } from './signup-burst';
import { KB, measureWeapp } from './weapp-packages';

const root = resolve(__dirname, '..');
const lines: string[] = [];
const out = (line = '') => {
  console.log(line);
  lines.push(line);
};
const verdict = (ok: boolean) => (ok ? '✓ meets target' : '✗ misses target');

async function main(): Promise<void> {
  const started = new Date();
  out('# Benchmark results');
  out();
  out(`- date: ${started.toISOString()}`);
  out(`- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  out('- command: `npm run bench` (builds weapp and h5 first)');
  out();

  execSync('npx taro build --type weapp', { cwd: root, stdio: 'ignore' });
  execSync('npx taro build --type h5', { cwd: root, stdio: 'ignore' });

  const pkg = measureWeapp(resolve(root, 'dist/weapp'));
  out('## Mini-program package (target: main ≤ 600 KB; hard limit 2 MB per package)');
  out();
  out(`| package | size | ratio to target |`);
  out(`| --- | --- | --- |`);
  out(`| main | ${(pkg.main / KB).toFixed(1)} KB | ${(pkg.main / (600 * KB)).toFixed(2)} of 600 KB ${verdict(pkg.main <= 600 * KB)} |`);
  for (const [root_, bytes] of Object.entries(pkg.subpackages)) out(`| ${root_} | ${(bytes / KB).toFixed(1)} KB | ${(bytes / (2048 * KB)).toFixed(3)} of 2 MB |`);
  out();
  out(`Top contributors to the main package: ${pkg.topMain.map((f) => `${f.file} ${(f.bytes / KB).toFixed(1)} KB`).join(', ')}`);
  out();

  out('## Cloud function bundles (target ≤ 300 KB each)');
  out();
  out('| function | bundle (index.js) | cold require (median of 5) | ratio to target | loaded on first use |');
  out('| --- | --- | --- | --- | --- |');
  for (const f of await benchFunctionBundles()) {
    const lazy = f.lazy.map((l) => `${l.file} ${l.kb} KB, +${l.firstRequireMs} ms`).join('; ') || '–';
    out(`| ${f.name} | ${f.kb} KB | ${f.coldRequireMs} ms | ${(f.kb / 300).toFixed(2)} ${verdict(f.kb <= 300)} | ${lazy} |`);
  }
  out();
  out('A lazy file ships with its function and is required only on the path that needs it (catalog-admin: pinyin-pro, when a local item is written), so it adds to the deployed size, not to every cold start.');
  out();

  const tp = await benchHostThroughput();
  out('## Host throughput: catalog.get through the host vs a bare node:http server on the same SQLite read (target ratio ≥ 0.5)');
  out();
  out(`host ${tp.hostRps} req/s, bare ${tp.bareRps} req/s, ratio ${tp.ratio} ${verdict(tp.ratio! >= 0.5)} (autocannon, 10 connections, 5 s each, 127.0.0.1)`);
  out();

  const fs = await benchFirstScreen();
  out('## H5 first screen of the catalog home, 4× CPU throttling, cold cache (target < 1500 ms)');
  out();
  out(`median ${fs.medianMs} ms (best ${fs.bestMs}, worst ${fs.worstMs}) ${verdict(fs.medianMs! < 1500)}`);
  out();

  for (const extra of await loadExtras()) {
    out(`## ${extra.title}`);
    out();
    for (const [k, v] of Object.entries(extra.figures)) out(`- ${k}: ${v}`);
    out();
  }

  writeFileSync(resolve(__dirname, 'RESULTS.md'), `${lines.join('\n')}\n`);
  console.log('\nwritten to bench/RESULTS.md');
}

/** Benchmarks contributed by features (catalog search, signups), each a module exporting one async function. */
async function loadExtras(): Promise<Array<{ title: string; figures: Record<string, number | string> }>> {
  return [
    { title: 'Catalog search latency: the real catalog and a 100× synthetic one', figures: await benchCatalogSearch() },
    { title: '2,000 concurrent signups for 100 seats over HTTP (target: all settled < 2000 ms, never oversold)', figures: await benchSignupBurst() },
    { title: 'Host SIGKILLed mid-burst (600 members, 150 seats): invariants after the sweep and a restart (target: no violation)', figures: await benchCrashBurst() },
    { title: 'Grid routing with 1,000 grids: by building and by point-in-polygon (target < 1 ms median)', figures: await benchGridRouting() },
    {
      title: 'setData-equivalent payload per page: first render serialised as Taro ships it, measured on the H5 build (WeChat limit 256 KB)',
      figures: await benchSetDataEstimate(),
    },
  ];
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
