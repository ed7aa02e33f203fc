import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SIGNUPS, type ActivityDoc, type SignupDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { holderKey } from '../../cloudfunctions/core/hot/places';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import { runTimer } from '../../cloudfunctions/core/kernel/run-action';
import { OUTBOX } from '../../cloudfunctions/core/notify/outbox';
import { localPlatform } from '../../cloudfunctions/core/platform/local-platform';
import { MAX_PAGE, type RawStore } from '../../cloudfunctions/core/store/port';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { loadNotifyConfig } from '../host/notify-config';
import { openData } from '../host/open-data';
import { ManualClock } from './manual-clock';

/**
 * The crash test, shared by npm test (small) and the benchmark (full): the real host as a child process on a fresh
 * DATA_DIR; members sign up at once, then cancel, check in and sign up late at once, and the host is killed with
 * SIGKILL in the middle of that second burst; the sweeps run (as the timers would, a little later); the host is
 * restarted; and the invariants are checked on what is stored. Returns every violation found (none is the pass).
 */
export interface CrashBurstOptions {
  members: number;
  capacity: number;
  waitlist: number;
  /** The second burst is cut when this many of its answers have come back. */
  killAfter: number;
  /** How many requests of the second burst are open at once. */
  inFlight: number;
}

export interface CrashBurstReport {
  acknowledged: { signups: number; cancels: number; checkIns: number };
  unanswered: number;
  /** What the sweep finished that the killed host had left half-done (records, releases, promotions, check-ins). */
  repaired: number;
  seats: { holders: number; waiting: number; present: number };
  violations: string[];
}

const ROOT = resolve(__dirname, '../..');
const MINUTE = 60_000;

interface Host {
  child: ChildProcess;
  url: string;
}

function startHost(dataDir: string): Promise<Host> {
  // node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild, which a SIGKILL of the
  // CLI would leave running (the "crash" would kill nothing and two hosts would share the file).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/host/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, TIMER_SECONDS: '3600' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match && output.includes('Ctrl-C')) {
        clearTimeout(timer);
        ok({ child, url: match[0].replace(/\/$/, '') });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

const exited = (child: ChildProcess) => new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));

async function post(url: string, path: string, body: unknown, token?: string): Promise<{ ok: boolean; data?: unknown; error?: { code: string } } & Record<string, unknown>> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean };
}

export async function runCrashBurst(options: CrashBurstOptions): Promise<CrashBurstReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-crash-'));
  const violations: string[] = [];
  let live: Host | null = null;
  try {
    // Seeded here, before the host starts: the members a grid branch would have registered.
    const seeded = await openData(dataDir, Date.now());
    const members = Array.from({ length: options.members }, (_, i) => `crash-${String(i).padStart(4, '0')}`);
    const path = ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-1'];
    for (const id of members) await seeded.store.put('users', { _id: id, name: `党员${id}`, roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'gd-xiyuan-1', unitPath: path }], communityId: 'cm-xiyuan', createdAt: 0, updatedAt: 0 });
    await seeded.store.close();

    live = await startHost(dataDir);
    const host = live;
    const tokens = new Map<string, string>();
    for (const id of ['demo-secretary', ...members]) tokens.set(id, ((await post(host.url, '/dev/login', { openid: id })) as unknown as { token: string }).token);
    const call = (who: string, fn: string, action: string, data: unknown) => post(host.url, `/fn/${fn}`, { action, data }, tokens.get(who));

    // Starts in 20 minutes: signup still open, and check-in open already (from 30 minutes before the start).
    const startAt = Date.now() + 20 * MINUTE;
    const created = await call('demo-secretary', 'activity', 'create', {
      title: '崩溃恢复演练', type: 'theme_day', unitId: 'cm-xiyuan', audience: 'community_party', startAt, endAt: startAt + 2 * 60 * MINUTE, place: '党群服务中心',
      capacity: options.capacity, waitlistLimit: options.waitlist, signupDeadline: startAt - MINUTE, cancelDeadline: startAt - MINUTE,
    });
    if (!created.ok) throw new Error(`could not create the activity: ${JSON.stringify(created.error)}`);
    const activityId = (created.data as { id: string }).id;

    // First burst: two thirds of the members sign up at once, all answered.
    const early = members.slice(0, Math.ceil((members.length * 2) / 3));
    const late = members.slice(early.length);
    const first = await Promise.all(early.map((m) => call(m, 'activity', 'signup', { id: activityId })));
    const status = new Map<string, string>();
    first.forEach((r, i) => r.ok && status.set(early[i]!, (r.data as { signup: { status: string } }).signup.status));
    const seated = early.filter((m) => status.get(m) === 'confirmed');
    const token = ((await call('demo-secretary', 'activity', 'checkInToken', { activityId })).data as { token: string }).token;

    // Second burst, cut by SIGKILL: half the seated cancel, the other half check in, the late ones sign up.
    const leaving = new Set(seated.slice(0, Math.floor(seated.length / 2)));
    const second = [
      ...seated.map((m) => ({ m, what: leaving.has(m) ? 'cancel' : 'checkIn', run: () => (leaving.has(m) ? call(m, 'activity', 'cancel', { id: activityId }) : call(m, 'activity', 'checkIn', { token })) })),
      ...late.map((m) => ({ m, what: 'signup', run: () => call(m, 'activity', 'signup', { id: activityId }) })),
    ];
    let answered = 0;
    const acks = { cancels: new Set<string>(), checkIns: new Set<string>(), signups: new Set(early.filter((m) => status.has(m))) };
    const unanswered = { n: 0 };
    // A steady stream of `inFlight` requests at a time, mixed (cancel, check-in, signup, …), so the kill lands with
    // requests of each kind half-done in the host and the rest refused at the door, at any size of the burst.
    const queue = interleave(second);
    const cancelsSent = new Set<string>();
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { m, what, run } = next;
        if (what === 'cancel') cancelsSent.add(m);
        try {
          const r = await run();
          if (++answered === options.killAfter) host.child.kill('SIGKILL');
          if (!r.ok) continue;
          if (what === 'cancel') acks.cancels.add(m);
          else if (what === 'checkIn') acks.checkIns.add(m);
          else acks.signups.add(m);
        } catch {
          unanswered.n++;
        }
      }
    };
    await Promise.all(Array.from({ length: options.inFlight }, worker));
    if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL');
    await exited(host.child);
    live = null;

    // The timers' work, a few minutes later (past the sweep's grace), on the file the dead host left.
    const store = new SqliteStore(join(dataDir, 'hub.sqlite'));
    const deps = { store, clock: new ManualClock(Date.now() + 2 * MINUTE), config: parseAppConfig({ secret: seeded.secret, notify: loadNotifyConfig({}) }), platform: localPlatform(dataDir, seeded.secret) };
    const swept = (await runTimer(FUNCTIONS.activity, 'sweep', deps)) as { ok: boolean; data?: { completed: number; released: number; promoted: number; checkIns: number } };
    if (!swept.ok || !swept.data) violations.push(`the sweep failed: ${JSON.stringify(swept)}`);
    const { completed = 0, released = 0, promoted = 0, checkIns = 0 } = swept.data ?? {};
    for (let i = 0; i < 100 && ((await runTimer(FUNCTIONS.notify, 'dispatch', deps)) as { ok: boolean; data?: { claimed: number } }).data?.claimed; i++);
    await store.close();

    // Restarted, the host answers every acknowledged signup as it stands.
    live = await startHost(dataDir);
    const again = live;
    for (const m of acks.signups) {
      const r = await post(again.url, '/fn/activity', { action: 'get', data: { id: activityId } }, tokens.get(m));
      const mine = (r.data as { mine: { status: string } | null } | undefined)?.mine;
      // A cancellation acknowledged must read cancelled; one sent but cut by the kill may have happened or not.
      const expected = acks.cancels.has(m) ? 'cancelled' : null;
      if (!mine || (expected && mine.status !== expected) || (!expected && mine.status === 'cancelled' && !cancelsSent.has(m))) violations.push(`acknowledged signup of ${m} reads ${JSON.stringify(mine)}`);
    }
    again.child.kill('SIGINT');
    await exited(again.child);
    live = null;

    const report = await checkInvariants(dataDir, activityId, options, acks, violations);
    return { acknowledged: { signups: acks.signups.size, cancels: acks.cancels.size, checkIns: acks.checkIns.size }, unanswered: unanswered.n, repaired: completed + released + promoted + checkIns, seats: report, violations };
  } finally {
    if (live) {
      live.child.kill('SIGKILL');
      await exited(live.child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The requests of each kind taken in turn, so any prefix holds all kinds. */
function interleave<T extends { what: string }>(items: T[]): T[] {
  const kinds = [...new Set(items.map((i) => i.what))].map((k) => items.filter((i) => i.what === k));
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++) for (const kind of kinds) if (kind[i]) out.push(kind[i]!);
  return out;
}

/** Every document of a collection, a page at a time. */
async function everything<T extends { _id: string }>(store: SqliteStore, collection: string): Promise<T[]> {
  const raw = store as unknown as RawStore;
  const out: T[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await raw.find<T>(collection, {}, { orderBy: [['_id', 'asc']], limit: MAX_PAGE, skip });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

async function checkInvariants(dataDir: string, activityId: string, o: CrashBurstOptions, acks: { cancels: Set<string>; checkIns: Set<string>; signups: Set<string> }, violations: string[]) {
  const store = new SqliteStore(join(dataDir, 'hub.sqlite'));
  try {
    const a = (await store.get('activities', activityId)) as ActivityDoc;
    const records = (await store.find(SIGNUPS, { activityId }, { limit: 1000 })) as SignupDoc[];
    const { seats } = a;
    const same = (x: string[], y: string[]) => JSON.stringify([...x].sort()) === JSON.stringify([...y].sort());
    const confirmed = records.filter((s) => s.status === 'confirmed').map((s) => s.openid);
    if (seats.holders.length + seats.free !== o.capacity) violations.push(`seats: ${seats.holders.length} held + ${seats.free} free ≠ ${o.capacity}`);
    if (seats.queued !== seats.waiting.length || seats.queued + seats.waitFree !== o.waitlist) violations.push('waiting list counts do not add up');
    if (!same(seats.holders, confirmed)) violations.push(`seats held (${seats.holders.length}) ≠ confirmed records (${confirmed.length})`);
    if (!same(seats.waiting, records.filter((s) => s.status === 'waitlisted').map((s) => s.openid))) violations.push('waiting list ≠ waitlisted records');
    const holderKeys = new Set(seats.holders.map(holderKey));
    for (const key of Object.keys(a.present)) if (!holderKeys.has(key)) violations.push(`a check-in (${key}) without a seat`);
    for (const s of records) if (s.checkedInAt !== null && s.status !== 'confirmed') violations.push(`${s.openid} checked in but ${s.status}`);
    for (const m of acks.checkIns) if (!records.some((s) => s.openid === m && s.checkedInAt !== null)) violations.push(`acknowledged check-in of ${m} missing`);
    for (const m of acks.cancels) if (seats.holders.includes(m)) violations.push(`acknowledged cancellation of ${m} still holds a seat`);
    for (const m of acks.signups) if (!acks.cancels.has(m) && !records.some((s) => s.openid === m)) violations.push(`acknowledged signup of ${m} has no record`);

    // Each message once: one per (event, recipient, channel), and every live record told of its current place once.
    const messages = await everything<{ _id: string; event: string; recipient: string; channel: string }>(store, OUTBOX);
    const keys = messages.map((m) => `${m.event}|${m.recipient}|${m.channel}`);
    if (new Set(keys).size !== keys.length) violations.push('a message written twice');
    for (const s of records.filter((r) => r.status !== 'cancelled')) {
      const told = messages.filter((m) => m.recipient === s.openid && m.channel === 'inbox' && m.event.startsWith(`signup:${activityId}:${s.openid}:${s.since}:`));
      if (told.length !== 1) violations.push(`${s.openid} told ${told.length} times of their place`);
    }
    const inbox = (await everything<{ _id: string }>(store, 'inbox')).map((d) => d._id);
    if (new Set(inbox).size !== inbox.length) violations.push('an inbox message delivered twice');
    return { holders: seats.holders.length, waiting: seats.waiting.length, present: Object.keys(a.present).length };
  } finally {
    await store.close();
  }
}
