import fc from 'fast-check';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { admits, type Rule } from '../../cloudfunctions/core/kernel/authorize';
import { DEMO_HOUSEHOLDS } from '../../cloudfunctions/core/seed/demo-households';
import { DEMO_USERS, demoConsents } from '../../cloudfunctions/core/seed/demo-users';
import { ERROR_CODES } from '../../types/errors';
import { useForAll } from '../support/lifecycle';
import { StoreDigest } from '../support/store-digest';
import { useTestHost } from '../support/use-test-host';
import { arbitraryOf } from '../support/zod-arbitrary';

/**
 * Every registered action, fuzzed from its own zod input schema (test/support/zod-arbitrary.ts): inputs of the right
 * shape and inputs with hostile leaves (wrong types, bounds, out-of-window dates, unicode, injection strings), sent
 * over HTTP by a caller the rule admits. Each answer is a valid result or a typed error with a Chinese message, never
 * INTERNAL; and a refused call changes nothing (a digest of the whole store before and after). A few runs per action
 * here; `FUZZ_RUNS=300` (and `FUZZ_SEED`) for the long run (bench/trust.ts does that).
 */
const host = useTestHost();
const digest = useForAll('the store digest', async () => new StoreDigest(host.dataDir), async (d) => d.close());
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** A demo account the rule admits, with the consent and verified residence it asks for (so the call goes deep). */
function callerFor(key: string, rule: Rule): string {
  // A fuzzed deletion gets an account of its own, not one the other actions rely on.
  if (key === 'user.deleteMe') return 'fuzz-leaver';
  const fits = DEMO_USERS.find((u) => {
    const user = { ...u, createdAt: 0, updatedAt: 0 };
    const home = DEMO_HOUSEHOLDS.find((h) => h.openid === u._id);
    return (
      admits(rule, { openid: u._id, user }) &&
      (!rule.consent || demoConsents(u, 0)[rule.consent] !== undefined) &&
      (!rule.residence || (home?.verifiedBy !== undefined && (rule.residence === 'household' || home.ownerArea !== undefined)))
    );
  });
  return fits?._id ?? 'demo-street-admin';
}

const actions = Object.entries(FUNCTIONS).flatMap(([fn, def]) => Object.keys(def.contract).map((action) => [`${fn}.${action}`, fn, action] as const));

describe('every action under fuzzed input', () => {
  it('covers every registered action', () => {
    expect(actions.length).toBeGreaterThan(60);
  });

  it.each(actions)('%s answers a result or a typed Chinese error, never INTERNAL, and a refusal writes nothing', async (key, fn, action) => {
    const def = FUNCTIONS[fn as keyof typeof FUNCTIONS];
    const schema = def.contract[action]!.input;
    const caller = callerFor(key, def.policy[action]!);
    const inputs = fc.oneof(arbitraryOf(schema, false), arbitraryOf(schema, true));
    await fc.assert(
      fc.asyncProperty(inputs, async (data) => {
        const before = digest.take();
        const res = await host.callRaw(caller, fn, action, data);
        if (res.ok) return;
        expect(ERROR_CODES).toContain(res.error.code);
        expect(res.error.code).not.toBe('INTERNAL');
        expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
        expect(digest.take()).toBe(before);
      }),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  }, 120_000);
});
