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
};
