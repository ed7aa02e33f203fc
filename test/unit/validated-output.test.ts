import { stubPlatform } from '../../scripts/harness/stub-platform';
import { POLICY } from '../../cloudfunctions/core/access/policy';
import * as z from 'zod';
import { runAction } from '../../cloudfunctions/core/kernel/run-action';
import { defineFunction } from '../../cloudfunctions/core/kernel/function-def';
import type { Deps } from '../../cloudfunctions/core/kernel/context';
import { isValidatedBy, resultJson, validatedOutput } from '../../cloudfunctions/core/kernel/validated';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';

/**
 * kernel/validated.ts: an answer parsed once with its action's output schema, frozen, and then returned by runAction
 * without a second parse; its JSON made once for the local host. Everything else is parsed by runAction as before.
 */
const Out = z.object({ name: z.string(), tags: z.array(z.object({ k: z.string() })) });
const SameShape = z.object({ name: z.string(), tags: z.array(z.object({ k: z.string() })) });

describe('validatedOutput', () => {
  it('is the schema parse of the value (unknown keys stripped), deep-frozen, leaving the input alone', () => {
    const input = { name: '社区', tags: [{ k: 'a', extra: 1 }], extra: true };
    const out = validatedOutput(Out, input);
    expect(out).toEqual({ name: '社区', tags: [{ k: 'a' }] });
    expect(Object.isFrozen(out) && Object.isFrozen(out.tags) && Object.isFrozen(out.tags[0])).toBe(true);
    expect(() => {
      (out as { name: string }).name = 'changed'; // modules are strict: writing to a frozen object throws
    }).toThrow(TypeError);
    expect(Object.isFrozen(input) || Object.isFrozen(input.tags[0])).toBe(false);
  });

  it('throws as parse does for an invalid value, marking nothing', () => {
    expect(() => validatedOutput(Out, { name: 1, tags: [] } as never)).toThrow(z.ZodError);
  });

  it('freezes a copy of its own, never objects the schema shares (a default keeps its nested values)', () => {
    const WithDefault = z.object({ opts: z.object({ tags: z.array(z.string()) }).default({ tags: [] }) });
    const out = validatedOutput(WithDefault, {});
    expect(Object.isFrozen(out.opts!.tags)).toBe(true);
    expect(Object.isFrozen(WithDefault.parse({}).opts.tags)).toBe(false);
  });

  it('marks plain data only: an answer holding a Date is handed back as it came, for runAction to parse', () => {
    const WithDate = z.object({ at: z.date() });
    const value = { at: new Date(0) };
    expect(validatedOutput(WithDate, value)).toBe(value);
    expect(isValidatedBy(WithDate, value)).toBe(false);
  });

  it('is recognised for its own schema only', () => {
    const out = validatedOutput(Out, { name: 'x', tags: [] });
    expect(isValidatedBy(Out, out)).toBe(true);
    expect(isValidatedBy(SameShape, out)).toBe(false);
    expect(isValidatedBy(Out, { name: 'x', tags: [] })).toBe(false);
    expect(isValidatedBy(Out, null)).toBe(false);
  });
});

describe('resultJson', () => {
  it('writes exactly what JSON.stringify writes, for validated answers (every time), plain answers and errors', () => {
    const validated = { ok: true as const, data: validatedOutput(Out, { name: '王建国 "引号" \\ 换行\n', tags: [{ k: '🙂' }] }) };
    const plain = { ok: true as const, data: { name: 'x', list: [1, null, 'y'], nested: { a: undefined, b: 2 } } };
    const error = { ok: false as const, error: { code: 'NOT_FOUND' as const, message: '该服务事项不存在' } };
    for (const result of [validated, validated, plain, error]) {
      expect(resultJson(result).toString('utf8')).toBe(JSON.stringify(result));
    }
    expect(resultJson(validated)).toBe(resultJson(validated));
  });
});

describe('runAction and validated answers', () => {
  const store = new SqliteStore(':memory:');
  const deps: Deps = { store, clock: new ManualClock(0), config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform() };
  const Input = z.object({ mode: z.string() }).strict();
  const kept = validatedOutput(Out, { name: 'kept', tags: [] });
  const otherSchema = validatedOutput(SameShape, { name: 'other', tags: [], extra: 1 } as never);
  // The rule of a real action (catalog.get admits any signed-in caller), with a test handler.
  const fn = defineFunction('catalog', { get: { input: Input, output: Out } }, { get: POLICY.catalog.get }, {
    get: async (_ctx, { mode }) => {
      if (mode === 'kept') return kept;
      if (mode === 'other') return otherSchema;
      if (mode === 'extra') return { name: 'fresh', tags: [{ k: 'a', drop: 1 }], drop: true } as never;
      return { name: 7 } as never;
    },
  });
  // An output schema with a transform that is not idempotent: the answer must be parsed exactly once.
  const Counted = z.object({ n: z.number().transform((n) => n + 1), at: z.date().optional() });
  const counted = defineFunction('catalog', { get: { input: Input, output: Counted } }, { get: POLICY.catalog.get }, {
    get: async (_ctx, { mode }) => validatedOutput(Counted, mode === 'date' ? { n: 1, at: new Date(0) } : { n: 1 }),
  });
  afterAll(() => store.close());

  it('returns an answer validated with the action output schema as it is', async () => {
    const result = await runAction(fn, { action: 'get', data: { mode: 'kept' } }, 'demo-resident', deps);
    expect(result).toEqual({ ok: true, data: { name: 'kept', tags: [] } });
    expect(result.ok && result.data).toBe(kept);
  });

  it('still parses any other answer with the output schema: unknown keys stripped, an invalid one INTERNAL', async () => {
    expect(await runAction(fn, { action: 'get', data: { mode: 'extra' } }, 'demo-resident', deps)).toEqual({ ok: true, data: { name: 'fresh', tags: [{ k: 'a' }] } });
    const reparsed = await runAction(fn, { action: 'get', data: { mode: 'other' } }, 'demo-resident', deps);
    expect(reparsed.ok && reparsed.data).not.toBe(otherSchema);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runAction(fn, { action: 'get', data: { mode: 'invalid' } }, 'demo-resident', deps)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    errors.mockRestore();
  });

  it('parses an answer exactly once, validated or handed back', async () => {
    expect(await runAction(counted, { action: 'get', data: { mode: 'plain' } }, 'demo-resident', deps)).toEqual({ ok: true, data: { n: 2 } });
    expect(await runAction(counted, { action: 'get', data: { mode: 'date' } }, 'demo-resident', deps)).toEqual({ ok: true, data: { n: 2, at: new Date(0) } });
  });

  it('still parses the input once, before the handler', async () => {
    expect(await runAction(fn, { action: 'get', data: { mode: 'kept', more: 1 } }, 'demo-resident', deps)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
