import { issueFirstAdminCode } from '../../../cloudfunctions/core/user/first-admin';
import { CONSENT_TEXTS } from '../../../types/privacy';
import { TIMER, type ScenarioTable } from './scenario';

/** A newcomer: an openid with no record yet, as WeChat hands over on a first visit. */
const NEWCOMER = 'trips-newcomer';

export const USER_SCENARIOS: ScenarioTable['user'] = {
  communities: { '': { caller: NEWCOMER, input: () => ({}), budget: 3 } },
  me: { '': { caller: 'demo-resident', input: () => ({}), budget: 2 } },
  enter: {
    'first visit': { caller: NEWCOMER, input: () => ({ scene: 'cm-xiyuan~bd-xiyuan-03' }), budget: 6 },
    'known resident': { caller: 'demo-resident', input: () => ({ scene: 'cm-xiyuan' }), budget: 7 },
  },
  updateProfile: { '': { caller: 'demo-resident', input: () => ({ name: '王建国', phone: '13800000009' }), budget: 5 } },
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
  consent: {
    'privacy guide': { caller: NEWCOMER, input: () => ({ scope: 'basic', version: CONSENT_TEXTS.basic.version, agree: true }), budget: 4 },
    'withdraw membership consent': { caller: 'demo-party-member', input: () => ({ scope: 'membership', version: CONSENT_TEXTS.membership.version, agree: false }), budget: 5 },
  },
  whoReadMyData: { '': { caller: 'demo-party-member', input: () => ({}), budget: 2 } },
  exportMyData: { '': { caller: 'demo-party-member', input: () => ({}), budget: 51, note: 'one find per declaration of the personal-data registry' } },
  deleteMe: { '': { caller: 'demo-party-member-2', input: () => ({ confirm: true }), budget: 85, check: (d) => (d.state === 'done' ? null : `expected done, got ${d.state}`), note: 'the registry walked: finds, releases and erasures per collection' } },
  finishErasures: { 'none waiting': { caller: TIMER, input: () => ({}), budget: 1 } },
};
