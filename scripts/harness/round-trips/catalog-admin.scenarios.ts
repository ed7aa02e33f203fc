import { localItem } from '../catalog-input';
import type { ScenarioTable } from './scenario';
import type { World } from './world';

const ADMIN = 'demo-admin';
const communityId = 'cm-xiyuan';

/** The community's own item LXY-01, saved once (rev 1). */
async function withLocalItem(world: World): Promise<void> {
  await world.call(ADMIN, 'catalog-admin', 'addLocal', { communityId, item: localItem('LXY-01') });
}

/** An open 纠错 report on MS-01 from a resident, by id. */
async function openReport(world: World): Promise<string> {
  const { item } = await world.call('demo-resident', 'catalog', 'get', { code: 'MS-01' });
  const quote = item.title;
  return (await world.call('demo-resident', 'catalog', 'reportMistake', { code: 'MS-01', quote, problem: '事项名称与政策文件不一致。' })).id;
}

export const CATALOG_ADMIN_SCENARIOS: ScenarioTable['catalog-admin'] = {
  scopes: { '': { caller: ADMIN, input: () => ({}), budget: 2 } },
  items: { '': { caller: ADMIN, input: () => ({ communityId }), budget: 3, warm: true } },
  item: { '': { caller: ADMIN, input: () => ({ communityId, code: 'MS-01' }), budget: 4, warm: true } },
  adjust: { '': { caller: ADMIN, input: () => ({ communityId, code: 'MS-01', patch: { window: '一楼3号窗口' }, hidden: false, rev: 0 }), budget: 10 } },
  addLocal: { '': { caller: ADMIN, input: () => ({ communityId, item: localItem('LXY-01') }), budget: 9 } },
  updateLocal: {
    '': {
      caller: ADMIN,
      input: async (world) => {
        await withLocalItem(world);
        return { communityId, item: localItem('LXY-01', { title: '西园爱心助餐登记' }), rev: 1 };
      },
      budget: 9,
    },
  },
  removeLocal: {
    '': {
      caller: ADMIN,
      input: async (world) => {
        await withLocalItem(world);
        return { communityId, code: 'LXY-01', rev: 1 };
      },
      budget: 9,
    },
  },
  audit: {
    '': {
      caller: ADMIN,
      input: async (world) => {
        await world.call(ADMIN, 'catalog-admin', 'adjust', { communityId, code: 'MS-01', patch: { window: '一楼3号窗口' }, hidden: false, rev: 0 });
        return { communityId, code: 'MS-01' };
      },
      budget: 4,
      check: (d) => (d.entries.length === 1 ? null : `expected 1 audit entry, got ${d.entries.length}`),
    },
  },
  handbook: { '': { caller: ADMIN, input: () => ({ communityId }), budget: 4, warm: true } },
  reports: {
    '': {
      caller: ADMIN,
      input: async (world) => {
        await openReport(world);
        return { communityId };
      },
      budget: 3,
      check: (d) => (d.reports.length === 1 ? null : `expected 1 report, got ${d.reports.length}`),
    },
  },
  resolveReport: {
    '': { caller: ADMIN, input: async (world) => ({ communityId, id: await openReport(world), note: '已核实并更正事项名称。' }), budget: 6 },
  },
  reviewDue: { '': { caller: ADMIN, input: () => ({ communityId }), budget: 3, warm: true } },
};
