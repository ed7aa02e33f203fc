import { issueFirstAdminCode } from '../../../cloudfunctions/core/user/first-admin';
import type { ScenarioTable } from './scenario';

/** A newcomer: an openid with no record yet, as WeChat hands over on a first visit. */
const NEWCOMER = 'trips-newcomer';

export const USER_SCENARIOS: ScenarioTable['user'] = {
  communities: { '': { caller: NEWCOMER, input: () => ({}), budget: 3 } },
  me: { '': { caller: 'demo-resident', input: () => ({}), budget: 2 } },
  enter: {
    'first visit': { caller: NEWCOMER, input: () => ({ scene: 'cm-xiyuan~bd-xiyuan-03' }), budget: 6 },
    'known resident': { caller: 'demo-resident', input: () => ({ scene: 'cm-xiyuan' }), budget: 6 },
  },
  updateProfile: { '': { caller: 'demo-resident', input: () => ({ name: '王建国', phone: '13800000009' }), budget: 4 } },
  claimAdmin: {
    'first street admin': {
      caller: 'trips-first-admin',
      input: async (world) => {
        const issued = await issueFirstAdminCode(world.store, 'st-jinhua', '首任街道管理员', world.clock.now());
        if (!('code' in issued)) throw new Error('the first admin code was claimed already');
        return { code: issued.code };
      },
      budget: 7,
    },
  },
};
