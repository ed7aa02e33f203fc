// Where the host's time goes on the throughput benchmark's request: runs bench/throughput-servers.ts under
// `node --cpu-prof`, loads the host URL with autocannon (the same request, 10 connections), stops it and prints the
// top functions by self time and by total time, and self time by package. Not part of `npm run bench`.
//
//   npx tsx bench/profile-host.ts [seconds=8] [top=30]      (profiles land in .tmp/host-profile/)
//
// Read it with care: the V8 profiler samples wall-clock time, so functions that make system calls (the socket write,
// SQLite's file locks on every read) also collect the time the process spent descheduled on a busy machine.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

const root = resolve(__dirname, '..');

async function profile(seconds: number, outDir: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-profile-'));
  rmSync(outDir, { recursive: true, force: true });
  const args = ['--cpu-prof', `--cpu-prof-dir=${outDir}`, '--cpu-prof-interval=200', '--import', 'tsx', join(root, 'bench/throughput-servers.ts'), dataDir];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const ports = await new Promise<{ host: number; token: string }>((ok, fail) => {
      child.stdout!.once('data', (chunk: Buffer) => ok(JSON.parse(chunk.toString())));
      child.once('exit', (code) => fail(new Error(`throughput servers exited with ${code}`)));
    });
    const body = JSON.stringify({ action: 'get', data: { code: 'MS-01' } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ports.token}` };
    const result = await autocannon({ url: `http://127.0.0.1:${ports.host}/fn/catalog`, method: 'POST', body, headers, connections: 10, duration: seconds });
    console.log(`host under the profiler: ${Math.round(result.requests.average)} req/s (${result.non2xx} non-2xx)`);
  } finally {
    child.kill('SIGTERM'); // its SIGTERM handler exits normally, which writes the profile
    await new Promise((ok) => child.once('exit', ok));
    rmSync(dataDir, { recursive: true, force: true });
  }
  // The main thread's profile is the largest (tsx's loader thread writes a small one too).
  const files = readdirSync(outDir).filter((f) => f.endsWith('.cpuprofile'));
  const sized = files.map((f) => ({ f, size: readFileSync(join(outDir, f)).length })).sort((a, b) => b.size - a.size);
  return join(outDir, sized[0]!.f);
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'npm:').replace(`${root}/`, '');

export function summarise(profile: CpuProfile, top: number): string {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map<number, number>();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  for (const [id, count] of hits) {
    const node = nodes.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    busy += count;
    self.set(name(node), (self.get(name(node)) ?? 0) + count);
    const url = shortUrl(node.callFrame.url);
    const pkg = url.startsWith('npm:') ? url.split('/').slice(0, url.startsWith('npm:@') ? 2 : 1).join('/') : url.startsWith('node:') ? 'node internals' : url ? url.split('/').slice(0, 2).join('/') : node.callFrame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(nodes.get(cur)!);
      if (seen.has(key) || key.startsWith('(root)')) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + count);
    }
  }
  const table = (title: string, counts: Map<string, number>, n: number) =>
    [`\n${title} (% of ${busy} busy samples)`, ...[...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`)].join('\n');
  return [table('self time', self, top), table('total time (function and what it calls)', total, top), table('self time by package', byPackage, 15)].join('\n');
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 8);
  const top = Number(process.argv[3] ?? 30);
  const file = await profile(seconds, join(root, '.tmp/host-profile'));
  console.log(`profile: ${file}`);
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top));
}

if (require.main === module) void main();
