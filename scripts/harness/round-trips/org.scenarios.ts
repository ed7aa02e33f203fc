import { DEFAULT_REQUEST_LIMITS } from '../../../types/grid-settings';
import { DEFAULT_OFFICE_HOURS } from '../../../types/working-hours';
import type { ScenarioTable } from './scenario';

const ADMIN = 'demo-admin';
const COMMUNITY = { communityId: 'cm-xiyuan' };
const GRIDS_CSV = '网格编码,网格名称,网格类型,党组织名称\r\ngd-xiyuan-3,西园农贸市场专属网格,专属网格,西园市场党支部\r\n';

export const ORG_SCENARIOS: ScenarioTable['org'] = {
  settings: { '': { caller: ADMIN, input: () => COMMUNITY, budget: 3 } },
  setOfficeHours: { '': { caller: ADMIN, input: () => ({ ...COMMUNITY, hours: { ...DEFAULT_OFFICE_HOURS, sat: [{ start: '09:00', end: '12:00' }] } }), budget: 7 } },
  setLimits: { '': { caller: 'demo-street-admin', input: () => ({ ...COMMUNITY, limits: { ...DEFAULT_REQUEST_LIMITS, acceptHours: 3 } }), budget: 7 } },
  setCategoryRules: { '': { caller: ADMIN, input: () => ({ ...COMMUNITY, rules: [{ category: 'property_repair', team: 'property' }] }), budget: 7 } },
  importCsv: { grids: { caller: ADMIN, input: () => ({ ...COMMUNITY, kind: 'grids', csv: GRIDS_CSV }), budget: 7, check: (d) => (d.imported === 1 ? null : `imported ${d.imported}`) } },
};
