import type { ScenarioTable } from './scenario';
import { TIMER } from './scenario';
import type { World } from './world';

type GridTable = ScenarioTable['grid'];
const DAY = 24 * 3_600_000;
const RESIDENT = 'demo-resident';
/** On duty in 西园第一网格, where demo-resident's building (西园3栋) is. */
const WORKER = 'demo-grid-worker';
const ADMIN = 'demo-admin';
const STREET = 'demo-street-admin';

/** A broken street light reported by demo-resident: assigned to the first grid's worker on duty. */
async function reported(world: World, description = '3栋门口的路灯连续三晚不亮', idempotencyKey = 'trips-setup-report'): Promise<string> {
  return (await world.call(RESIDENT, 'grid', 'report', { category: 'streetlight', description, photos: [], idempotencyKey })).request.id;
}

async function accepted(world: World): Promise<string> {
  const id = await reported(world);
  await world.call(WORKER, 'grid', 'accept', { id });
  return id;
}

async function resolved(world: World): Promise<string> {
  const id = await accepted(world);
  await world.call(WORKER, 'grid', 'resolve', { id, note: '已更换路灯灯泡' });
  return id;
}

/** Night-time building noise (another department's duty), sent by the second grid's worker up to the street's desk. */
async function atStreetDesk(world: World): Promise<string> {
  const id = (await world.call('demo-resident-2', 'grid', 'report', { category: 'noise', description: '商铺夜间装修施工到凌晨', photos: [], idempotencyKey: 'trips-setup-noise' })).request.id;
  await world.call('demo-grid-worker-2', 'grid', 'transfer', { id, to: { kind: 'street' }, reason: '夜间施工噪音由生态环境部门查处' });
  return id;
}

const status = (expected: string) => (d: { status: string }) => (d.status === expected ? null : `status ${d.status}, expected ${expected}`);

/** The actions of 接诉即办 beyond submit/route/mine/get: the resident's steps, the workers', oversight and the timers. */
export const GRID_WORK_SCENARIOS: Omit<GridTable, 'submit' | 'route' | 'mine' | 'get'> = {
  report: {
    '': {
      caller: RESIDENT,
      input: () => ({ category: 'streetlight', description: '3栋门口的路灯连续三晚不亮', photos: [], idempotencyKey: 'trips-key-report' }),
      budget: 20,
      check: (d) => (d.request.status === 'assigned' ? null : `status ${d.request.status}`),
    },
  },
  similar: { '': { caller: 'demo-resident-2', input: async (w) => (await reported(w), { category: 'streetlight' }), budget: 3 } },
  comment: { '': { caller: RESIDENT, input: async (w) => ({ id: await reported(w), text: '晚上八点后家里有人' }), budget: 8 } },
  confirm: { '': { caller: RESIDENT, input: async (w) => ({ id: await resolved(w) }), budget: 7, check: status('confirmed') } },
  reopen: { '': { caller: RESIDENT, input: async (w) => ({ id: await resolved(w), reason: '灯还是不亮' }), budget: 11, check: status('reopened') } },
  rate: { '': { caller: RESIDENT, input: async (w) => ({ id: await resolved(w), rating: 'satisfied' }), budget: 8, check: status('closed') } },
  inbox: { '': { caller: WORKER, input: async (w) => (await reported(w), { tab: 'pending' }), budget: 3, check: (d) => (d.items.length === 1 ? null : `${d.items.length} items`) } },
  accept: { '': { caller: WORKER, input: async (w) => ({ id: await reported(w) }), budget: 11, check: status('accepted') } },
  start: { '': { caller: WORKER, input: async (w) => ({ id: await accepted(w) }), budget: 8, check: status('in_progress') } },
  resolve: { '': { caller: WORKER, input: async (w) => ({ id: await accepted(w), note: '已更换路灯灯泡' }), budget: 10, check: status('resolved') } },
  transfer: {
    'to another grid': { caller: WORKER, input: async (w) => ({ id: await reported(w), to: { kind: 'grid', gridId: 'gd-xiyuan-2' }, reason: '路灯在第二网格范围' }), budget: 16 },
  },
  pause: { '': { caller: WORKER, input: async (w) => ({ id: await accepted(w), reason: '等待居民约定上门时间' }), budget: 9 } },
  resume: {
    '': {
      caller: WORKER,
      input: async (w) => {
        const id = await accepted(w);
        await w.call(WORKER, 'grid', 'pause', { id, reason: '等待居民约定上门时间' });
        return { id };
      },
      budget: 8,
    },
  },
  handOff: { '': { caller: STREET, input: async (w) => ({ id: await atStreetDesk(w), department: '区生态环境局', reference: 'HB-001' }), budget: 10 } },
  sendBack: { '': { caller: STREET, input: async (w) => ({ id: await atStreetDesk(w), reason: '请社区先行协调商铺' }), budget: 9 } },
  dashboard: {
    community: { caller: ADMIN, input: async (w) => (await resolved(w), {}), budget: 6 },
    street: { caller: STREET, input: async (w) => (await resolved(w), {}), budget: 7 },
  },
  exportDashboard: { '': { caller: ADMIN, input: async (w) => (await resolved(w), { view: 'grid' }), budget: 7 } },
  reviewQueue: {
    '': {
      caller: ADMIN,
      input: async (w) => (await reported(w, '路灯不亮，修灯请加微信联系'), { communityId: 'cm-xiyuan' }),
      budget: 3,
      check: (d) => (d.items.length === 1 ? null : `${d.items.length} held`),
    },
  },
  clearReview: { '': { caller: ADMIN, input: async (w) => ({ id: await reported(w, '路灯不亮，修灯请加微信联系'), decision: 'pass' }), budget: 8 } },
  escalateOverdue: {
    'one due': {
      caller: TIMER,
      input: async (w) => {
        await reported(w);
        w.clock.advance(3 * DAY);
        return {};
      },
      budget: 10,
      check: (d) => (d.escalated === 1 ? null : `escalated ${d.escalated}`),
    },
    // A batch: one updateEach for the steps, their effects 25 to a transaction, one updateEach marking them applied.
    '60 due': {
      caller: TIMER,
      input: async (w) => {
        for (let i = 0; i < 60; i++) {
          await reported(w, `3栋门口路灯第${i + 1}次不亮`, `trips-setup-report-${i}`);
          // A resident may report 10 a day.
          if (i % 10 === 9) w.clock.advance(DAY);
        }
        w.clock.advance(3 * DAY);
        return {};
      },
      budget: 248,
      check: (d) => (d.escalated === 60 ? null : `escalated ${d.escalated}`),
    },
  },
  closeUnrated: {
    'one due': {
      caller: TIMER,
      input: async (w) => {
        await resolved(w);
        w.clock.advance(8 * DAY);
        return {};
      },
      budget: 5,
      check: (d) => (d.closed === 1 ? null : `closed ${d.closed}`),
    },
  },
  sweep: { '': { caller: TIMER, input: async (w) => (await reported(w), {}), budget: 2 } },
};
