import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

async function load(url: string, body: string, headers: Record<string, string>, seconds: number): Promise<number> {
  const result = await autocannon({ url, method: 'POST', body, headers, connections: 10, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load against ${url} had ${result.non2xx} non-2xx and ${result.errors} errors`);
  return result.requests.average;
}

/**
 * Requests per second for `catalog.get` through the real host (token check, authorization, zod, domain, store)
 * against a bare node:http server doing the same SQLite read, both in one child process on 127.0.0.1 while
 * autocannon runs here.
 */
export async function benchHostThroughput(seconds = 5): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), resolve(__dirname, 'throughput-servers.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const ports = await new Promise<{ host: number; bare: number; token: string }>((ok, fail) => {
      child.stdout!.once('data', (chunk: Buffer) => ok(JSON.parse(chunk.toString())));
      child.once('exit', (code) => fail(new Error(`throughput servers exited with ${code}`)));
    });
    const body = JSON.stringify({ action: 'get', data: { code: 'MS-01' } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ports.token}` };
    const hostUrl = `http://127.0.0.1:${ports.host}/fn/catalog`;
    const bareUrl = `http://127.0.0.1:${ports.bare}/`;
    await load(hostUrl, body, headers, 1); // warm up both
    await load(bareUrl, body, headers, 1);
    const hostRps = await load(hostUrl, body, headers, seconds);
    const bareRps = await load(bareUrl, body, headers, seconds);
    return { hostRps: Math.round(hostRps), bareRps: Math.round(bareRps), ratio: Math.round((hostRps / bareRps) * 100) / 100 };
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
