import type { ScenarioTable } from './scenario';
import type { World } from './world';

const ADMIN = 'demo-admin';
const INVITEE = 'trips-invitee';

/** An invitation for a deputy grid worker of 西园第二网格, by 西园社区's admin: its code and id. */
async function invited(world: World): Promise<{ code: string; id: string }> {
  const { code, invitation } = await world.call(ADMIN, 'staff', 'invite', { role: 'grid_worker', unitId: 'gd-xiyuan-2', duty: 'deputy' });
  return { code, id: invitation.id };
}

/** An open request of 西园第一网格, held by its worker on duty. */
async function openRequest(world: World): Promise<void> {
  await world.call('demo-resident', 'grid', 'report', { category: 'streetlight', description: '3栋门口的路灯连续三晚不亮', photos: [], idempotencyKey: 'trips-setup-report' });
}

export const STAFF_SCENARIOS: ScenarioTable['staff'] = {
  invite: { '': { caller: ADMIN, input: () => ({ role: 'grid_worker', unitId: 'gd-xiyuan-2', duty: 'deputy' }), budget: 5 } },
  invitation: { '': { caller: INVITEE, input: async (w) => ({ code: (await invited(w)).code }), budget: 2 } },
  accept: { '': { caller: INVITEE, input: async (w) => ({ code: (await invited(w)).code }), budget: 8, check: (d) => (d.already ? 'expected a new appointment' : null) } },
  revoke: {
    invitation: { caller: ADMIN, input: async (w) => ({ invitationId: (await invited(w)).id }), budget: 6 },
    'a worker, their requests to the deputy': {
      caller: ADMIN,
      input: async (w) => {
        await openRequest(w);
        return { openid: 'demo-grid-worker', role: 'grid_worker', unitId: 'gd-xiyuan-1' };
      },
      budget: 15,
      check: (d) => (d.handedOver === 1 ? null : `handed over ${d.handedOver}`),
    },
  },
  handOver: {
    '': {
      caller: ADMIN,
      input: async (w) => {
        await openRequest(w);
        return { openid: 'demo-grid-worker', unitId: 'gd-xiyuan-1' };
      },
      budget: 13,
      check: (d) => (d.handedOver === 1 ? null : `handed over ${d.handedOver}`),
    },
  },
  list: { '': { caller: ADMIN, input: () => ({ communityId: 'cm-xiyuan' }), budget: 7 } },
};
