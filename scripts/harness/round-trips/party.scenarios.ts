import { applicationIdOf } from '../../../cloudfunctions/core/party/membership.repository';
import { CONSENT_TEXTS } from '../../../types/privacy';
import type { ScenarioTable } from './scenario';

const OFFICER = 'demo-secretary';
/** 李秀梅's application to 西园第二网格党支部, seeded pending. */
const PENDING = applicationIdOf('demo-resident-2');

export const PARTY_SCENARIOS: ScenarioTable['party'] = {
  branches: { '': { caller: 'demo-resident', input: () => ({}), budget: 2 } },
  apply: {
    '': {
      caller: 'demo-resident',
      // Membership data is collected only after its own consent (given on the page, before the form).
      input: async (world) => {
        await world.call('demo-resident', 'user', 'consent', { scope: 'membership', version: CONSENT_TEXTS.membership.version, agree: true });
        return { unitId: 'gd-xiyuan-1', joinedAt: '2010-07', note: '组织关系已转入' };
      },
      budget: 7,
    },
  },
  myMembership: { '': { caller: 'demo-resident-2', input: () => ({}), budget: 3, check: (d) => (d.application ? null : 'expected the pending application') } },
  applications: { '': { caller: OFFICER, input: () => ({}), budget: 5, check: (d) => (d.items.length === 1 ? null : `expected 1 application, got ${d.items.length}`) } },
  decide: {
    approve: { caller: OFFICER, input: () => ({ id: PENDING, approve: true }), budget: 10 },
    refuse: { caller: OFFICER, input: () => ({ id: PENDING, approve: false, reason: '组织关系尚未转入' }), budget: 7 },
  },
  members: { '': { caller: OFFICER, input: () => ({}), budget: 5, check: (d) => (d.items.length >= 4 ? null : `expected the register, got ${d.items.length}`) } },
};
