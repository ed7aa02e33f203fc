import { POLICY } from '../../cloudfunctions/core/access/policy';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

const rules = Object.entries(POLICY).flatMap(([fn, actions]) => Object.entries(actions).map(([action, rule]) => ({ key: `${fn}.${action}`, rule })));
const restricted = rules.filter(({ rule }) => rule.allow !== 'signedIn').map(({ key }) => key);

describe('the authorization table', () => {
  it('is the table every deployed function enforces, one rule per action of its contract', () => {
    for (const [name, def] of Object.entries(FUNCTIONS)) {
      expect(def.name).toBe(name);
      expect(def.policy).toBe(POLICY[name as keyof typeof POLICY]);
      expect(Object.keys(def.policy).sort()).toEqual(Object.keys(def.contract).sort());
    }
  });

  it.each(restricted)('%s is refused to a plain resident and to a newcomer, writing nothing', async (key) => {
    const [fn, action] = key.split('.') as [string, string];
    const before = snapshotData(host.dataDir);
    for (const caller of ['demo-resident', 'newcomer-authz']) {
      const res = await host.callRaw(caller, fn, action, {});
      expect(res.ok).toBe(false);
      expect(res.error?.code).toBe('FORBIDDEN');
    }
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});
