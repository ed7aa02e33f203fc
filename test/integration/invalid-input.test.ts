import { hasAnyRole } from '../../cloudfunctions/core/kernel/authorize';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

/** A demo user allowed to call the action, so the call reaches input validation rather than stopping at FORBIDDEN. */
function allowedCaller(fn: string, action: string): string {
  const rule = FUNCTIONS[fn as keyof typeof FUNCTIONS].policy[action];
  if (!rule || rule.allow === 'signedIn') return 'demo-resident';
  const allow = rule.allow;
  const user = DEMO_USERS.find((u) => hasAnyRole({ openid: u._id, user: { ...u, createdAt: 0, updatedAt: 0 } }, allow));
  return user?._id ?? 'demo-street-admin';
}

const BAD_PAYLOADS: Array<[string, unknown]> = [
  ['a string', 'x'],
  ['an array', [1, 2]],
  ['an unexpected field', { __proto_pollution__: { admin: true }, unexpectedField: '<script>' }],
  ['a huge number', 1e308],
];

const actions = Object.entries(FUNCTIONS).flatMap(([fn, def]) => Object.keys(def.contract).map((action) => [fn, action] as const));

describe('bad input to any action', () => {
  it('covers every registered action', () => {
    expect(actions.length).toBeGreaterThanOrEqual(5);
    for (const [fn, action] of actions) expect(FUNCTIONS[fn as keyof typeof FUNCTIONS].policy[action]).toBeDefined();
  });

  it.each(actions)('%s.%s answers INVALID_INPUT with a Chinese message and writes nothing', async (fn, action) => {
    const caller = allowedCaller(fn, action);
    const before = snapshotData(host.dataDir);
    for (const [, payload] of BAD_PAYLOADS) {
      const res = await host.callRaw(caller, fn, action, payload);
      expect(res.ok).toBe(false);
      expect(res.error?.code).toBe('INVALID_INPUT');
      expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});
