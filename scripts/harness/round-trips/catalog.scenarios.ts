import { quotableParts } from '../../../types/catalog-display';
import type { ScenarioTable } from './scenario';
import type { World } from './world';

/** The version the resident's device holds after a full list: current, so the next list answers notModified. */
async function knownVersion(world: World): Promise<string> {
  return (await world.call('demo-resident', 'catalog', 'list', {})).version;
}

export const CATALOG_SCENARIOS: ScenarioTable['catalog'] = {
  list: {
    'fresh, cold instance': { caller: 'demo-resident', input: () => ({}), budget: 4 },
    'fresh, warm instance': { caller: 'demo-resident', input: () => ({}), budget: 2, warm: true, note: 'the caller; both version stamps in one read (the catalog is kept per instance)' },
    notModified: {
      caller: 'demo-resident',
      input: async (world) => ({ knownVersion: await knownVersion(world) }),
      budget: 2,
      warm: true,
      note: 'the caller; both version stamps in one read',
      check: (d) => (d.notModified ? null : 'expected notModified'),
    },
  },
  get: {
    'warm instance': {
      caller: 'demo-resident',
      input: () => ({ code: 'MS-01' }),
      budget: 2,
      warm: true,
      note: "the caller; then the version stamps (the community's centers are kept with its catalog per instance)",
    },
    'cold instance': { caller: 'demo-resident', input: () => ({ code: 'MS-01' }), budget: 5, note: "a new instance also loads the city's items, the community's adjustments and its centers" },
  },
  frequent: { '': { caller: 'demo-resident', input: () => ({}), budget: 3, warm: true } },
  reportMistake: {
    '': {
      caller: 'demo-resident',
      input: async (world) => {
        const item = (await world.call('demo-resident', 'catalog', 'get', { code: 'MS-01' })).item;
        return { code: 'MS-01', quote: quotableParts(item)[1]!.text, problem: '本市标准已调整，请核实后更新。' };
      },
      budget: 9,
    },
  },
};
