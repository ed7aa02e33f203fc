import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check inputs for an action, read from its zod input schema (zod 4's definitions): values of the right shape
 * (each string to its pattern and length, each number to its bounds), and the same shapes with hostile leaves mixed
 * in: wrong types, values just past a bound, dates out of any window, unicode that breaks naive code, and injection
 * strings for SQL, NoSQL operators, paths, markup, formulas and prototype keys. Not every zod feature is covered:
 * only those the contracts use (an unknown one yields arbitrary JSON, which is hostile enough).
 */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: Check } }>;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: Schema;
}
interface Check {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
  pattern?: RegExp | string;
}
type Schema = { _zod: { def: Def } };

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

export const INJECTIONS = [
  "'; DROP TABLE users; --",
  '" OR "1"="1',
  '$where',
  '{"$gt": ""}',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil","点我")',
  '+1+1',
  '@SUM(A1:A9)',
  '__proto__',
  'constructor',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}{{7*7}}',
  'a.b.c',
  'seats.holders',
];
export const UNICODE = ['', ' ', '\u0000', '\u200b\u200d', '\u202eabc', '😀👨‍👩‍👧', '𠀀𪚥', 'é'.normalize('NFD'), '\uD800', '\r\n\t', '　', '１２３'];
const EPOCHS = [0, -1, Date.UTC(1900, 0, 1), Date.UTC(2099, 11, 31), Date.UTC(2100, 0, 2), 8.64e15, 1e308];
const WRONG_TYPES: unknown[] = [null, true, 0, -1, 1.5, '', 'x', [], {}, [null], { $gt: '' }, { __proto__: { admin: true } }];

/** A value of the schema's shape; `hostile` mixes in bad leaves. */
export function arbitraryOf(schema: z.ZodType, hostile: boolean): fc.Arbitrary<unknown> {
  return arb(defOf(schema), hostile);
}

function arb(def: Def, hostile: boolean): fc.Arbitrary<unknown> {
  const good = shapeOf(def, hostile);
  return hostile && isLeaf(def) ? fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: badLeaf(def) }) : good;
}

const isLeaf = (def: Def) => ['string', 'number', 'boolean', 'enum', 'literal', 'array', 'record'].includes(def.type);

function shapeOf(def: Def, hostile: boolean): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'string':
      return stringOf(def);
    case 'number':
      return numberOf(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'optional':
    case 'default':
      return fc.option(arb(defOf(def.innerType), hostile), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(arb(defOf(def.innerType), hostile), { nil: null, freq: 3 });
    case 'array': {
      const bounds = lengthBounds(def);
      return fc.array(arb(defOf(def.element), hostile), { minLength: bounds.min, maxLength: Math.min(bounds.max, bounds.min + 3) });
    }
    case 'record':
      return fc.dictionary(stringOf(defOf(def.keyType)), arb(defOf(def.valueType), hostile), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arb(defOf(o), hostile)));
    case 'pipe':
      return arb(defOf(def.in), hostile);
    case 'object':
      return objectOf(def, hostile);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(def: Def, hostile: boolean): fc.Arbitrary<unknown> {
  const shape = def.shape ?? {};
  const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arb(defOf(v), hostile)]));
  const requiredKeys = Object.entries(shape)
    .filter(([, v]) => !['optional', 'default'].includes(defOf(v).type))
    .map(([k]) => k);
  const record = fc.record(fields, { requiredKeys });
  if (!hostile) return record;
  // Hostile: sometimes a key too many, a key of the prototype chain, or an operator object in place of the whole.
  return fc.oneof(
    { weight: 4, arbitrary: record },
    { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unexpectedField: '<b>x</b>' })) },
    { weight: 1, arbitrary: record.map(withProtoKey) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(...WRONG_TYPES) },
  );
}

/** The object with an own `__proto__` key, as a JSON body can carry one (JSON.parse makes it an own property). */
function withProtoKey(value: unknown): unknown {
  const body = JSON.stringify(value);
  return JSON.parse(body === '{}' ? '{"__proto__":{"admin":true}}' : `{"__proto__":{"admin":true},${body.slice(1)}`) as unknown;
}

function lengthBounds(def: Def): { min: number; max: number } {
  let min = 0;
  let max = 60;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = c.minimum ?? min;
    if (c.check === 'max_length') max = c.maximum ?? max;
    if (c.check === 'length_equals') min = max = c.length ?? min;
  }
  return { min, max: Math.max(min, max) };
}

function stringOf(def: Def): fc.Arbitrary<string> {
  const { min, max } = lengthBounds(def);
  const regex = checksOf(def).find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  if (regex) {
    const pattern = typeof regex === 'string' ? new RegExp(regex) : regex;
    return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max && s.trim() === s);
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, min + 30), unit: 'grapheme' }).filter((s) => s.trim().length >= min);
}

function numberOf(def: Def): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  let integer = false;
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than') min = c.inclusive ? (c.value ?? min) : (c.value ?? min) + 1e-6;
    if (c.check === 'less_than') max = c.inclusive ? (c.value ?? max) : (c.value ?? max) - 1e-6;
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32')) integer = true;
  }
  if (integer) return fc.integer({ min: Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER)), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A leaf that should be refused: the wrong type, just past a bound, an impossible date, unicode, an injection. */
function badLeaf(def: Def): fc.Arbitrary<unknown> {
  const wrong = fc.constantFrom<unknown>(...WRONG_TYPES);
  if (def.type === 'string') {
    const { min, max } = lengthBounds(def);
    const past = [min > 0 ? 'x'.repeat(min - 1) : null, 'x'.repeat(max + 1), '中'.repeat(max + 1)].filter((s) => s !== null);
    return fc.oneof(fc.constantFrom<unknown>(...INJECTIONS, ...UNICODE, ...past), wrong);
  }
  if (def.type === 'number') {
    const bounds = checksOf(def).flatMap((c) => (c.value === undefined ? [] : [c.value - 1, c.value + 1, c.value + 0.5]));
    return fc.oneof(fc.constantFrom<unknown>(...bounds, ...EPOCHS, -0, 2 ** 53, '1', '2026-12-01'), wrong);
  }
  if (def.type === 'array') {
    const { max } = lengthBounds(def);
    return fc.oneof(fc.constant(Array.from({ length: max + 1 }, () => 'x')), fc.constant([[], {}, null]), wrong);
  }
  return fc.oneof(fc.constantFrom<unknown>(...INJECTIONS, ...UNICODE.slice(0, 4)), wrong);
}
