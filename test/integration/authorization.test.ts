import { POLICY } from '../../cloudfunctions/core/access/policy';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

const restricted = Object.entries(POLICY).filter(([, rule]) => rule !== 'signedIn');

describe('the authorization table', () => {
  it('lists every registered action and nothing that does not exist', () => {
    const registered = Object.entries(FUNCTIONS).flatMap(([fn, def]) => Object.keys(def.contract).map((a) => `${fn}.${a}`));
    expect(Object.keys(POLICY).sort()).toEqual(registered.sort());
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
