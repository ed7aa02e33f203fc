// Child process for bench/host-throughput.ts: the real host and a bare node:http baseline over the same SQLite
// file, so the load generator gets its own core. Prints one JSON line with the ports and the dev token.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseAppConfig } from '../cloudfunctions/core/kernel/config';
import { systemClock } from '../cloudfunctions/core/kernel/clock';
import { createHostApp } from '../scripts/host/app';
import { signToken } from '../scripts/host/dev-token';
import { openData } from '../scripts/host/open-data';

async function main(): Promise<void> {
  const dataDir = process.argv[2]!;
  const { store, secret, platform } = await openData(dataDir, Date.now());
  const app = createHostApp({ store, clock: systemClock, config: parseAppConfig({ secret }), platform, secret });
  await app.listen({ port: 0, host: '127.0.0.1' });

  // The baseline: the same row from the same file with a prepared statement, no framework at all.
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  const read = db.prepare('SELECT doc FROM "c_catalog_items" WHERE id = ?');
  const bare = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const { data } = JSON.parse(raw) as { data: { code: string } };
      const row = read.get(data.code) as { doc: string };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"ok":true,"data":{"item":${row.doc}}}`);
    });
  });
  await new Promise<void>((ok) => bare.listen(0, '127.0.0.1', ok));

  const ports = { host: (app.server.address() as AddressInfo).port, bare: (bare.address() as AddressInfo).port, token: signToken(secret, 'demo-resident') };
  console.log(JSON.stringify(ports));
  process.on('SIGTERM', () => process.exit(0));
}

void main();
