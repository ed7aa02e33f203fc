import type { z } from 'zod';
import type { FunctionResult } from '../../../types/errors';

/**
 * Outputs validated once. A handler that keeps an answer per instance (behind a version stamp it re-checks on every
 * call) parses it here with the action's own output schema; a copy of the parsed answer is deep-frozen, so it cannot
 * change afterwards, and is remembered with that schema. runAction then returns it without parsing it again: the answer
 * is still exactly `schema.parse(what the handler built)`, parsed once when it was built rather than on every call
 * that returns it. The local host serialises such an answer once as well (resultJson).
 */
const validatedWith = new WeakMap<object, z.ZodType>();
const serialised = new WeakMap<object, Buffer>();

/** Plain data all the way down: objects (of Object's prototype or none), arrays and primitives, no cycles. */
function isPlainTree(value: unknown, path: Set<object> = new Set()): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint';
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  if (path.has(value)) return false;
  path.add(value);
  const plain = Object.values(value).every((child) => isPlainTree(child, path));
  path.delete(value);
  return plain;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * What a handler returns for `value`: `schema.parse(value)`, marked as validated by `schema`, which runAction returns
 * as it is. The mark goes on a frozen copy of its own (a parse may hand back objects shared with others, such as a
 * default's nested values, which must not be frozen), and only on plain data: a Date or a Map can still change when
 * frozen, so for such an answer `value` itself is returned, for runAction to parse as it parses any answer.
 */
export function validatedOutput<S extends z.ZodType>(schema: S, value: z.input<S>): z.input<S> {
  const parsed: unknown = schema.parse(value);
  if (parsed === null || typeof parsed !== 'object' || !isPlainTree(parsed)) return value;
  const kept = deepFreeze(structuredClone(parsed));
  validatedWith.set(kept, schema);
  return kept as z.input<S>;
}

/** True for a value that validatedOutput produced with this very schema. */
export function isValidatedBy(schema: z.ZodType, value: unknown): boolean {
  return value !== null && typeof value === 'object' && validatedWith.get(value) === schema;
}

/**
 * The JSON of a function's result as UTF-8, exactly as `JSON.stringify(result)` writes it. For a validated answer,
 * which can no longer change, the bytes are made once and reused.
 */
export function resultJson(result: FunctionResult<unknown>): Buffer {
  if (result.ok) {
    const data = result.data;
    if (data !== null && typeof data === 'object' && validatedWith.has(data)) {
      let bytes = serialised.get(data);
      if (bytes === undefined) serialised.set(data, (bytes = Buffer.from(`{"ok":true,"data":${JSON.stringify(data)}}`, 'utf8')));
      return bytes;
    }
  }
  return Buffer.from(JSON.stringify(result), 'utf8');
}
