import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseAppConfig } from '../cloudfunctions/core/runtime/config';
import { systemClock } from '../cloudfunctions/core/shared/clock';
import { signToken } from '../scripts/host/dev-token';
import { createHostApp } from '../scripts/host/app';
import { openData } from '../scripts/host/open-data';

async function load(url: string, body: string, headers: Record<string, string>, seconds: number): Promise<number> {
  const result = await autocannon({ url, method: 'POST', body, headers, connections: 10, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load against ${url} had ${result.non2xx} non-2xx and ${result.errors} errors`);
  return result.requests.average;
}

/**
 * Requests per second for `catalog.get` through the real host (token check, authorization, zod, domain, store)
 * against a bare node:http server doing the same SQLite read on the same machine, both on 127.0.0.1.
 */
export async function benchHostThroughput(seconds = 5): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const { store, secret } = await openData(dataDir, Date.now());
  const app = createHostApp({ store, clock: systemClock, config: parseAppConfig({ secret }), secret });
  const host = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ok) => host.once('listening', ok));

  // The baseline: the same row read from the same file with a prepared statement, no framework at all.
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  const read = db.prepare('SELECT doc FROM "c_catalog_items" WHERE id = ?');
  const bare = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const { data } = JSON.parse(raw) as { data: { code: string } };
      const row = read.get(data.code) as { doc: string };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"ok":true,"data":{"item":${row.doc}}}`);
    });
  }).listen(0, '127.0.0.1');
  await new Promise((ok) => bare.once('listening', ok));

  try {
    const body = JSON.stringify({ action: 'get', data: { code: 'MS-01' } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${signToken(secret, 'demo-resident')}` };
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/fn/catalog`;
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
    await load(hostUrl, body, headers, 1); // warm up both
    await load(bareUrl, body, headers, 1);
    const hostRps = await load(hostUrl, body, headers, seconds);
    const bareRps = await load(bareUrl, body, headers, seconds);
    return { hostRps: Math.round(hostRps), bareRps: Math.round(bareRps), ratio: Math.round((hostRps / bareRps) * 100) / 100 };
  } finally {
    await new Promise((ok) => host.close(ok));
    await new Promise((ok) => bare.close(ok));
    db.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
