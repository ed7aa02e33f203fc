import { HOUSEHOLDS, householdIdOf } from '../../../cloudfunctions/core/household/household.repository';
import type { ScenarioTable } from './scenario';
import type { World } from './world';

/** 李秀梅's household in 西园6栋, seeded waiting for its 楼栋长. */
const WAITING = householdIdOf('demo-resident-2');

const revOf = async (world: World, id: string) => (await world.store.get(HOUSEHOLDS, id))!.rev;

export const HOUSEHOLD_SCENARIOS: ScenarioTable['household'] = {
  mine: { '': { caller: 'demo-resident', input: () => ({}), budget: 4, check: (d) => (d.household?.status === 'verified' ? null : 'expected the verified household') } },
  claim: {
    'a new household': { caller: 'demo-party-member', input: () => ({ buildingId: 'bd-xiyuan-03', entrance: 2, room: '401' }), budget: 7 },
  },
  claimOwner: { '': { caller: 'demo-party-member', input: () => ({ area: 76.2 }), budget: 5 } },
  pending: { '': { caller: 'demo-building-head', input: () => ({ kind: 'household' }), budget: 5, check: (d) => (d.items.length === 1 ? null : `expected 1 claim, got ${d.items.length}`) } },
  verify: { approve: { caller: 'demo-building-head', input: async (world) => ({ id: WAITING, rev: await revOf(world, WAITING), approve: true }), budget: 12 } },
  verifyOwner: {
    approve: {
      caller: 'demo-admin',
      input: async (world) => {
        await world.call('demo-party-member', 'household', 'claimOwner', { area: 76.2 });
        const id = householdIdOf('demo-party-member');
        return { id, rev: await revOf(world, id), approve: true };
      },
      budget: 12,
    },
  },
};
