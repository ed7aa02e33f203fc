// `npm run bench`: measures everything side by side in one run, prints figures and ratios against the
// targets, and writes bench/RESULTS.md. Results are not asserted: they are what we build toward.
// `npm run bench -- round-trips latency-burst` runs only the sections named and replaces those in RESULTS.md.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { benchCatalogSearch } from './catalog-search';
import { benchCrashBurst } from './crash-burst';
import { benchFirstScreen } from './first-screen';
import { benchFunctionBundles } from './function-bundles';
import { benchGridRouting } from './grid-routing';
import { benchHostThroughput } from './host-throughput';
import { benchLatencyBurst } from './latency-burst';
import { benchLegalBookingBurst, benchLegalSlots } from './legal-aid';
import { benchRoundTrips } from './round-trips';
import { benchSetDataEstimate } from './setdata-estimate';
import { benchSignupBurst } from './signup-burst';
import { KB, measureWeapp } from './weapp-packages';

const root = resolve(__dirname, '..');
const RESULTS = resolve(__dirname, 'RESULTS.md');
const verdict = (ok: boolean) => (ok ? '✓ meets target' : '✗ misses target');
const figures = (f: Record<string, number | string>) => Object.entries(f).map(([k, v]) => `- ${k}: ${v}`);

/** One section of RESULTS.md: its name on the command line, its heading, and the lines under it. */
interface Section {
  name: string;
  title: string;
  /** Needs the weapp and H5 builds (made once, first, when any section selected needs them). */
  builds?: boolean;
  run(): Promise<string[]>;
}

const SECTIONS: Section[] = [
  {
    name: 'weapp-packages',
    title: 'Mini-program package (target: main ≤ 600 KB; hard limit 2 MB per package)',
    builds: true,
    async run() {
      const pkg = measureWeapp(resolve(root, 'dist/weapp'));
      return [
        '| package | size | ratio to target |',
        '| --- | --- | --- |',
        `| main | ${(pkg.main / KB).toFixed(1)} KB | ${(pkg.main / (600 * KB)).toFixed(2)} of 600 KB ${verdict(pkg.main <= 600 * KB)} |`,
        ...Object.entries(pkg.subpackages).map(([root_, bytes]) => `| ${root_} | ${(bytes / KB).toFixed(1)} KB | ${(bytes / (2048 * KB)).toFixed(3)} of 2 MB |`),
        '',
        `Top contributors to the main package: ${pkg.topMain.map((f) => `${f.file} ${(f.bytes / KB).toFixed(1)} KB`).join(', ')}`,
      ];
    },
  },
  {
    name: 'function-bundles',
    title: 'Cloud function bundles (target ≤ 300 KB each)',
    async run() {
      const rows = (await benchFunctionBundles()).map((f) => {
        const lazy = f.lazy.map((l) => `${l.file} ${l.kb} KB, +${l.firstRequireMs} ms`).join('; ') || '–';
        return `| ${f.name} | ${f.kb} KB | ${f.coldRequireMs} ms | ${(f.kb / 300).toFixed(2)} ${verdict(f.kb <= 300)} | ${lazy} |`;
      });
      return [
        '| function | bundle (index.js) | cold require (median of 5) | ratio to target | loaded on first use |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        'A lazy file ships with its function and is required only on the path that needs it (catalog-admin: pinyin-pro, when a local item is written), so it adds to the deployed size, not to every cold start.',
      ];
    },
  },
  {
    name: 'host-throughput',
    title: 'Host throughput: catalog.get through the host vs a bare node:http server on the same SQLite read (target ratio ≥ 0.5)',
    async run() {
      const tp = await benchHostThroughput();
      return [`host ${tp.hostRps} req/s, bare ${tp.bareRps} req/s, ratio ${tp.ratio} ${verdict(tp.ratio! >= 0.5)} (autocannon, 10 connections, 5 s each, 127.0.0.1)`];
    },
  },
  {
    name: 'first-screen',
    title: 'H5 first screen of the catalog home, 4× CPU throttling, cold cache (target < 1500 ms)',
    builds: true,
    async run() {
      const fs = await benchFirstScreen();
      return [`median ${fs.medianMs} ms (best ${fs.bestMs}, worst ${fs.worstMs}) ${verdict(fs.medianMs! < 1500)}`];
    },
  },
  { name: 'catalog-search', title: 'Catalog search latency: the real catalog and a 100× synthetic one', run: async () => figures(await benchCatalogSearch()) },
  { name: 'round-trips', title: 'Round trips per action (budgets held by test/budget/round-trips.test.ts)', run: benchRoundTrips },
  { name: 'signup-burst', title: '2,000 concurrent signups for 100 seats over HTTP (target: all settled < 2000 ms, never oversold)', run: async () => figures(await benchSignupBurst()) },
  {
    name: 'crash-burst',
    title: 'Host SIGKILLed mid-burst (600 members, 150 seats): invariants after the sweep and a restart (target: no violation)',
    run: async () => figures(await benchCrashBurst()),
  },
  { name: 'latency-burst', title: "2,000 concurrent signups for 100 seats on CloudBase's latency model (5 ms a request, 100 instances), 20 runs, beside the design before issue 11", run: () => benchLatencyBurst() },
  { name: 'legal-slots', title: "Legal aid: a volunteer's free slots over a 14-day horizon (computation, and the slots action over HTTP)", run: async () => figures(await benchLegalSlots()) },
  { name: 'legal-booking-burst', title: 'Legal aid: 200 residents book one slot at the same moment over HTTP (target: exactly one wins)', run: async () => figures(await benchLegalBookingBurst()) },
  { name: 'grid-routing', title: 'Grid routing with 1,000 grids: by building and by point-in-polygon (target < 1 ms median)', run: async () => figures(await benchGridRouting()) },
  {
    name: 'setdata',
    title: 'setData-equivalent payload per page: first render serialised as Taro ships it, measured on the H5 build (WeChat limit 256 KB)',
    builds: true,
    run: async () => figures(await benchSetDataEstimate()),
  },
];

/** RESULTS.md cut into its header and its sections by heading. */
function parseResults(text: string): { header: string[]; sections: Map<string, string[]> } {
  const header: string[] = [];
  const sections = new Map<string, string[]>();
  let current: string[] = header;
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    if (line.startsWith('## ')) sections.set(line.slice(3), (current = []));
    else current.push(line);
  }
  return { header, sections };
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !SECTIONS.some((s) => s.name === a));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  const selected = asked.length > 0 ? SECTIONS.filter((s) => asked.includes(s.name)) : SECTIONS;
  const started = new Date();
  const machine = `- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

  if (selected.some((s) => s.builds)) {
    execSync('npx taro build --type weapp', { cwd: root, stdio: 'ignore' });
    execSync('npx taro build --type h5', { cwd: root, stdio: 'ignore' });
  }
  const results = new Map<string, string[]>();
  for (const section of selected) {
    console.log(`\n## ${section.title}\n`);
    const lines = await section.run();
    console.log(lines.join('\n'));
    results.set(section.title, ['', ...lines, '']);
  }

  // A full run writes the whole file; a partial one replaces its sections in the file as it was, and says so.
  const previous = asked.length > 0 && existsSync(RESULTS) ? parseResults(readFileSync(RESULTS, 'utf8')) : null;
  const header = previous
    ? [...previous.header.filter((l) => l !== '' && !l.startsWith('- re-run')).flatMap((l) => (l.startsWith('#') ? [l, ''] : [l])), `- re-run ${started.toISOString()}: ${selected.map((s) => s.name).join(', ')} (\`npm run bench -- ${asked.join(' ')}\`)`, '']
    : ['# Benchmark results', '', `- date: ${started.toISOString()}`, machine, '- command: `npm run bench` (builds weapp and h5 first)', ''];
  const sections = previous?.sections ?? new Map<string, string[]>();
  for (const [title, lines] of results) sections.set(title, lines);
  const ordered = [...SECTIONS.map((s) => s.title).filter((t) => sections.has(t)), ...[...sections.keys()].filter((t) => !SECTIONS.some((s) => s.title === t))];
  const body = ordered.flatMap((title) => [`## ${title}`, ...sections.get(title)!]);
  writeFileSync(RESULTS, `${[...header, ...body].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  console.log(`\nwritten to bench/RESULTS.md${asked.length > 0 ? ` (sections ${selected.map((s) => s.name).join(', ')})` : ''}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
