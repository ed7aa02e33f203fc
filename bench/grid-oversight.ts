// `npx tsx bench/grid-oversight.ts [escalation|dashboard]`: the two figures of 接诉即办 that must stay fast as a city
// grows, on SQLite (not part of bench/run.ts):
// - escalation: one run of grid.escalateOverdue (through runTimer) with 1,000,000 open requests in the store of which
//   1,000 are due: it reads only what is due (the dueAt index), so its time follows the 1,000, not the million;
// - dashboard: a street admin's grid.dashboard (through runAction) for a street of 50 grids, with a year of requests
//   of a 10,000-grid city in the store (their week and status shards, and the requests themselves for the overdue
//   list).
// Rows are cloned from a request made by the app's own step and written with one prepared insert in a transaction
// (the store's indexes dropped first and rebuilt when the store opens: that build is reported, not timed as the run).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gridFunction } from '../cloudfunctions/core/grid/grid.function';
import type { RequestDoc } from '../cloudfunctions/core/grid/request.repository';
import { submitReport } from '../cloudfunctions/core/grid/report.service';
import { weekOf } from '../cloudfunctions/core/grid/stats.repository';
import { parseAppConfig } from '../cloudfunctions/core/kernel/config';
import type { Deps } from '../cloudfunctions/core/kernel/context';
import { runAction, runTimer } from '../cloudfunctions/core/kernel/run-action';
import { findUser } from '../cloudfunctions/core/kernel/users';
import { seedDemo } from '../cloudfunctions/core/seed/apply-seed';
import type { Store } from '../cloudfunctions/core/store/port';
import { SqliteStore } from '../cloudfunctions/core/store/sqlite/sqlite-store';
import { stubPlatform } from '../scripts/harness/stub-platform';

const NOW = Date.UTC(2026, 10, 25, 2, 0, 0); // Wednesday 10:00 in Shanghai
const DAY = 86_400_000;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/** Writes documents straight into the store's table (ids apart, as the store keeps them), its indexes dropped first. */
function bulkInsert(file: string, collection: string, rows: Iterable<[string, object | string]>): number {
  const db = new Database(file);
  try {
    const table = `c_${collection}`;
    db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`);
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE 'i\\_%' ESCAPE '\\'`).pluck().all(table) as string[];
    for (const name of indexes) db.exec(`DROP INDEX "${name}"`);
    const insert = db.prepare(`INSERT OR REPLACE INTO "${table}" (id, doc) VALUES (?, ?)`);
    let n = 0;
    db.transaction(() => {
      for (const [id, doc] of rows) {
        insert.run(id, typeof doc === 'string' ? doc : JSON.stringify(doc));
        n++;
      }
    })();
    return n;
  } finally {
    db.close();
  }
}

/**
 * A template's JSON with these fields in front of the rest: serialising the whole template for each of a million
 * rows would time JSON.stringify rather than the store. The fields are taken out of the template first.
 */
function cloner(template: object, fieldNames: readonly string[]): (fields: Record<string, unknown>) => string {
  const rest = JSON.stringify(Object.fromEntries(Object.entries(template).filter(([k]) => !fieldNames.includes(k))));
  return (fields) => `${JSON.stringify(fields).slice(0, -1)},${rest.slice(1)}`;
}

/** Opens the store and makes it rebuild a collection's indexes now (the store creates them on a collection's first use), checkpointed. */
async function openWithIndexes(file: string, collections: readonly string[]): Promise<{ store: SqliteStore; indexMs: number }> {
  const store = new SqliteStore(file);
  const t = process.hrtime.bigint();
  for (const c of collections) await store.get(c as 'service_requests', 'none');
  // The build went to the write-ahead log: copy it into the database now, or the run's first commit would.
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { store, indexMs: ms(t) };
}

function depsOf(store: Store, now: number): Deps {
  return { store, clock: { now: () => now }, config: parseAppConfig({ secret: 'bench-secret-bench-secret-bench-secret!!' }), platform: stubPlatform() };
}

/** A request made by grid.report's own code (routed, assigned, clocked), as the template of the clones. */
async function templateRequest(store: Store, at: number): Promise<RequestDoc> {
  const deps = depsOf(store, at);
  const ctx = { ...deps, caller: { openid: 'demo-resident', user: await findUser(store, 'demo-resident') } };
  const { request } = await submitReport(ctx, { category: 'streetlight', description: '3栋门口的路灯连续三晚不亮', photos: [], idempotencyKey: 'bench-template' });
  const doc = await store.get('service_requests', request.id);
  if (!doc) throw new Error('the template request was not stored');
  return doc;
}

export async function benchEscalation(open = 1_000_000, due = 1_000): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-escalation-'));
  const file = join(dir, 'hub.sqlite');
  try {
    let store = new SqliteStore(file);
    await seedDemo(store, NOW - 2 * DAY);
    const { _id: templateId, ...template } = await templateRequest(store, NOW - 2 * DAY);
    // Only the clones are counted: the template itself leaves.
    await store.removeWhere('service_requests', { _id: templateId });
    await store.close();
    const clone = cloner(template, ['no', 'dueAt', 'acceptDueAt', 'deadlineAt', 'sortKey']);
    let t = process.hrtime.bigint();
    const written = bulkInsert(
      file,
      'service_requests',
      (function* () {
        for (let i = 0; i < open; i++) {
          // The first `due` are overdue for acceptance; the rest are due later (an hour to weeks ahead).
          const dueAt = i < due ? NOW - 60_000 - i : NOW + 3_600_000 + i * 1000;
          yield [`rq_${i.toString(16).padStart(40, '0')}`, clone({ no: `XIYUAN-BENCH-${i}`, dueAt, acceptDueAt: dueAt, deadlineAt: dueAt, sortKey: `${dueAt}_${i}` })];
        }
      })(),
    );
    const insertMs = ms(t);
    const opened = await openWithIndexes(file, ['service_requests']);
    store = opened.store;
    const deps = depsOf(store, NOW);
    t = process.hrtime.bigint();
    const first = await runTimer(gridFunction, 'escalateOverdue', deps);
    const runMs = ms(t);
    if (!first.ok) throw new Error(`escalation failed: ${JSON.stringify(first)}`);
    // A run stops after its time budget (20 s) on a slow machine; the next run takes the rest, as the timer would.
    let escalated = (first.data as { escalated: number }).escalated;
    const firstRun = escalated;
    while (escalated < due) {
      const more = await runTimer(gridFunction, 'escalateOverdue', deps);
      if (!more.ok || (more.data as { escalated: number }).escalated === 0) throw new Error(`escalated ${escalated} of ${due}`);
      escalated += (more.data as { escalated: number }).escalated;
    }
    t = process.hrtime.bigint();
    const idle = await runTimer(gridFunction, 'escalateOverdue', deps);
    const idleMs = ms(t);
    await store.close();
    if (!idle.ok || (idle.data as { escalated: number }).escalated !== 0) throw new Error(`a run after the due ones escalated again: ${JSON.stringify(idle)}`);
    return {
      open_requests: written,
      due,
      escalated_first_run: firstRun,
      first_run_ms: round(runMs),
      per_request_ms: round(runMs / firstRun, 2),
      template_doc_bytes: JSON.stringify(template).length,
      run_with_nothing_due_ms: round(idleMs, 2),
      insert_s: round(insertMs / 1000),
      index_build_s: round(opened.indexMs / 1000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const STREETS = 200;
const COMMUNITIES = 5;
const GRIDS = 10;
const WEEKS = 52;

export async function benchDashboard(requestsPerGridYear = 100): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-dashboard-'));
  const file = join(dir, 'hub.sqlite');
  try {
    let store = new SqliteStore(file);
    await seedDemo(store, NOW - 2 * DAY);
    const { _id: templateId, ...template } = await templateRequest(store, NOW - 2 * DAY);
    await store.removeWhere('service_requests', { _id: templateId });
    // The admin of the first street (50 grids), appointed as the app writes a grant.
    await store.put('users', { _id: 'bench-street-admin', name: '基准街道管理员', roles: [{ role: 'street_admin', unitId: 'st-b000', unitPath: ['st-b000'] }], createdAt: NOW, updatedAt: NOW });
    await store.close();

    const grids: Array<{ street: string; community: string; grid: string }> = [];
    const units: Array<[string, object]> = [];
    for (let s = 0; s < STREETS; s++) {
      const street = `st-b${String(s).padStart(3, '0')}`;
      units.push([street, { id: street, kind: 'street', name: `基准街道${s}`, partyOrgName: `基准街道${s}党工委`, parentId: null, path: [street] }]);
      for (let c = 0; c < COMMUNITIES; c++) {
        const community = `cm-b${s}x${c}`;
        units.push([community, { id: community, kind: 'community', name: `社区${s}-${c}`, partyOrgName: `社区${s}-${c}党支部`, parentId: street, path: [street, community] }]);
        for (let g = 0; g < GRIDS; g++) {
          const grid = `gd-b${s}x${c}x${g}`;
          units.push([grid, { id: grid, kind: 'grid', name: `网格${s}-${c}-${g}`, partyOrgName: `网格${s}-${c}-${g}党支部`, parentId: community, path: [street, community, grid] }]);
          grids.push({ street, community, grid });
        }
      }
    }
    let t = process.hrtime.bigint();
    bulkInsert(file, 'units', units);
    const weeks = Array.from({ length: WEEKS }, (_, i) => weekOf(NOW - i * 7 * DAY));
    const perWeek = Math.max(1, Math.round(requestsPerGridYear / WEEKS));
    const m = { received: perWeek, acceptedOnTime: perWeek, resolved: perWeek, resolvedOnTime: perWeek - (perWeek > 1 ? 1 : 0), rated: perWeek, satisfied: perWeek };
    const shards = bulkInsert(
      file,
      'request_week_stats',
      (function* () {
        for (const { street, community, grid } of grids) {
          for (const week of weeks) yield [`${grid}:${week}`, { shard: grid, gridId: grid, communityId: community, streetId: street, week, m, c: { streetlight: m }, t: { streetlight: '路灯不亮' } }];
        }
      })(),
    );
    bulkInsert(
      file,
      'request_status_counts',
      grids.map(({ street, community, grid }) => [grid, { shard: grid, gridId: grid, communityId: community, streetId: street, n: { closed: requestsPerGridYear - 3, assigned: 1, in_progress: 2 } }]),
    );
    const clone = cloner(template, ['no', 'streetId', 'communityId', 'gridId', 'status', 'createdAt', 'sortKey', 'deadlineAt', 'dueAt']);
    const requests = bulkInsert(
      file,
      'service_requests',
      (function* () {
        let i = 0;
        for (const { street, community, grid } of grids) {
          for (let k = 0; k < requestsPerGridYear; k++, i++) {
            const at = NOW - Math.floor((k / requestsPerGridYear) * 365 * DAY);
            // Most are closed (no deadline left); the last few of each grid are open, one of them overdue.
            const open = k >= requestsPerGridYear - 3;
            const deadlineAt = open ? (k === requestsPerGridYear - 1 ? NOW - DAY : NOW + 2 * DAY) : null;
            yield [`rq_${i.toString(16).padStart(40, '0')}`, clone({ no: `B-${i}`, streetId: street, communityId: community, gridId: grid, status: open ? 'in_progress' : 'closed', createdAt: at, sortKey: `${at}_${i}`, deadlineAt, dueAt: null })];
          }
        }
      })(),
    );
    const insertMs = ms(t);
    const opened = await openWithIndexes(file, ['units', 'request_week_stats', 'request_status_counts', 'service_requests']);
    store = opened.store;
    const deps = depsOf(store, NOW);
    const call = () => runAction(gridFunction, { action: 'dashboard', data: {} }, 'bench-street-admin', deps);
    t = process.hrtime.bigint();
    const cold = await call();
    const coldMs = ms(t);
    if (!cold.ok) throw new Error(`dashboard failed: ${JSON.stringify(cold)}`);
    const answer = cold.data as { byGrid: unknown[]; overdue: unknown[] };
    if (answer.byGrid.length !== COMMUNITIES * GRIDS) throw new Error(`the dashboard shows ${answer.byGrid.length} grids, expected ${COMMUNITIES * GRIDS}`);
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = process.hrtime.bigint();
      await call();
      samples.push(ms(t));
    }
    samples.sort((a, b) => a - b);
    await store.close();
    return {
      grids_in_city: grids.length,
      requests_in_store: requests,
      week_shards_in_store: shards,
      street_grids: answer.byGrid.length,
      overdue_shown: answer.overdue.length,
      first_answer_ms: round(coldMs),
      median_answer_ms: round(samples[10]!),
      max_answer_ms: round(samples[19]!),
      insert_s: round(insertMs / 1000),
      index_build_s: round(opened.indexMs / 1000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const which = process.argv[2];
  const scale = Number(process.argv[3] ?? 1);
  void (async () => {
    if (!which || which === 'escalation') console.log('escalation', await benchEscalation(Math.round(1_000_000 * scale), 1_000));
    if (!which || which === 'dashboard') console.log('dashboard', await benchDashboard(Math.round(100 * scale)));
  })();
}
