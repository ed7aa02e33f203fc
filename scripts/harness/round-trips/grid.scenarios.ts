import { GRID_WORK_SCENARIOS } from './grid-work.scenarios';
import type { ScenarioTable } from './scenario';
import type { World } from './world';

/** 最低生活保障申请 as a resident fills it in. */
const MS01 = { householdSize: 3, hardship: ['因病', '无稳定收入'], visitDate: '2026-12-02', phone: '13800000001' };
/** A point inside 西园第二网格 on the demo map. */
const IN_XIYUAN_2 = { lng: 104.088, lat: 30.652 };
/** Someone who chose 西园社区 without a building: routed by where the phone is. */
const NO_BUILDING = 'trips-no-building';

async function submitted(world: World): Promise<string> {
  return (await world.call('demo-resident', 'grid', 'submit', { code: 'MS-01', answers: MS01, idempotencyKey: 'trips-setup-0001' })).request.id;
}

async function withoutBuilding(world: World): Promise<void> {
  await world.addUser(NO_BUILDING, [{ role: 'resident' }], { communityId: 'cm-xiyuan' });
}

export const GRID_SCENARIOS: ScenarioTable['grid'] = {
  submit: {
    'by building': {
      caller: 'demo-resident',
      input: () => ({ code: 'MS-01', answers: MS01, idempotencyKey: 'trips-key-0001' }),
      budget: 25,
      note: 'the grid worker on duty found (首接负责); in the transaction the quota and number, the request, its grid-week and status shards (update, insert, update on first use of a shard; one update after), the resident and the holder told',
    },
    'by location': {
      caller: NO_BUILDING,
      input: async (world) => {
        await withoutBuilding(world);
        return { code: 'CG-03', answers: { location: '西园路口', problem: '乱堆乱放' }, idempotencyKey: 'trips-key-0002', location: IN_XIYUAN_2 };
      },
      budget: 26,
      check: (d) => (d.request.routedBy === 'location' ? null : `routed by ${d.request.routedBy}`),
    },
    repeated: {
      caller: 'demo-resident',
      input: async (world) => {
        await submitted(world);
        return { code: 'MS-01', answers: MS01, idempotencyKey: 'trips-setup-0001' };
      },
      budget: 8,
      check: (d) => (d.created ? 'expected the existing request' : null),
    },
  },
  route: {
    'by building': { caller: 'demo-resident', input: () => ({}), budget: 2 },
    'by location': {
      caller: NO_BUILDING,
      input: async (world) => {
        await withoutBuilding(world);
        return { location: IN_XIYUAN_2 };
      },
      budget: 2,
      warm: true,
      check: (d) => (d.routedBy === 'location' ? null : `routed by ${d.routedBy}`),
    },
  },
  mine: {
    '': {
      caller: 'demo-resident',
      input: async (world) => {
        await submitted(world);
        return {};
      },
      budget: 2,
      check: (d) => (d.items.length === 1 ? null : `expected 1 request, got ${d.items.length}`),
    },
  },
  get: { '': { caller: 'demo-resident', input: async (world) => ({ id: await submitted(world) }), budget: 2 } },
  ...GRID_WORK_SCENARIOS,
};
