import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'hub-process-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `scripts/host/main.ts` as `npm run host` would and waits for its URL line. */
function startHost(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/host/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, TIMER_SECONDS: '3600' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not start:\n${output}`)), 20000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match && output.includes('Ctrl-C')) {
        clearTimeout(timer);
        ok({ child, url: match[0], output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    child.once('exit', (code) => ok(code));
    child.kill('SIGINT');
  });
}

describe('the local host process', () => {
  it('creates and seeds a fresh DATA_DIR, prints the demo logins, stops cleanly on Ctrl-C, and reuses the data', async () => {
    const first = await startHost();
    expect(first.output()).toContain('已新建并写入演示数据');
    expect(first.output()).toContain('demo-resident');
    expect(existsSync(join(dataDir, 'hub.sqlite'))).toBe(true);
    const health = await fetch(`${first.url}healthz`);
    expect(await health.json()).toEqual({ ok: true });

    // A change made in the first run must survive the restart.
    const login = await fetch(`${first.url}dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid: 'keeper' }) });
    const { token } = (await login.json()) as { token: string };
    const entered = await fetch(`${first.url}fn/user`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action: 'enter', data: { scene: 'cm-dongqiao' } }),
    });
    expect((await entered.json()).ok).toBe(true);
    expect(await stop(first.child)).toBe(0);

    const second = await startHost();
    expect(second.output()).toContain('沿用已有数据');
    const me = await fetch(`${second.url}fn/user`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action: 'me', data: {} }),
    });
    expect((await me.json()).data.community.id).toBe('cm-dongqiao');
    expect(await stop(second.child)).toBe(0);
  }, 60000);
});
