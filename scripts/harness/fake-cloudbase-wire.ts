import { update as mingoUpdate } from 'mingo';

/**
 * The wire side of the CloudBase stand-in (fake-cloudbase-db.ts): db.command's operators, the way
 * @cloudbase/database 1.4.3 encodes where() and update() data, MongoDB's rules for applying an update, and errors
 * shaped as wx-server-sdk 4.0.2 raises them.
 */

export type Data = Record<string, unknown>;
export type Doc = Data & { _id: string };
export type Mod = { $set?: Data; $inc?: Record<string, number>; $unset?: Record<string, ''>; $push?: Data; $pull?: Data };

class QueryCommand {
  constructor(readonly op: string, readonly operand: unknown) {}
}
class LogicCommand {
  constructor(readonly operands: unknown[]) {}
}
class UpdateCommand {
  constructor(readonly op: '$set' | '$inc' | '$unset' | '$push' | '$pull', readonly operand: unknown) {}
}
export const isCommand = (v: unknown) => v instanceof QueryCommand || v instanceof LogicCommand || v instanceof UpdateCommand;
const q = (op: string) => (value: unknown) => new QueryCommand(op, value);

export const fakeCommand = {
  eq: q('$eq'), neq: q('$ne'), gt: q('$gt'), gte: q('$gte'), lt: q('$lt'), lte: q('$lte'), exists: q('$exists'),
  in: (values: unknown[]) => new QueryCommand('$in', values),
  nin: (values: unknown[]) => new QueryCommand('$nin', values),
  and: (...args: unknown[]) => new LogicCommand(Array.isArray(args[0]) ? (args[0] as unknown[]) : args),
  inc: (by: number) => new UpdateCommand('$inc', by),
  push: (values: unknown) => new UpdateCommand('$push', Array.isArray(values) ? { $each: values } : values),
  pull: (value: unknown) => new UpdateCommand('$pull', value),
  remove: () => new UpdateCommand('$unset', ''),
  set: (value: unknown) => new UpdateCommand('$set', value),
};

const MEANING: Record<number, string> = {
  [-501001]: 'resource system error', [-501007]: 'invalid parameters',
  [-502001]: 'database request fail', [-502005]: 'database collection not exists',
};
export type FakeSdkError = Error & { errCode: number; errMsg: string };
/** The shape of wx-server-sdk's toSDKError for a server error: "<api>:fail <errCode> <meaning>. <message>". */
export function sdkError(api: string, errCode: number, message: string): FakeSdkError {
  const text = errCode === -1 ? `${api}:fail ${message}` : `${api}:fail ${errCode} ${MEANING[errCode] ?? ''}. ${message}`;
  return Object.assign(new Error(text), { errCode, errMsg: text });
}
export const conflictError = (api: string) => sdkError(api, -501001, '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.');
export const invalid = (api: string, message: string) => sdkError(api, -501007, message);

export const isPlain = (v: unknown): v is Data => Object.prototype.toString.call(v) === '[object Object]' && !isCommand(v);
/** @cloudbase/database's flatten: nested plain objects become dotted keys; undefined and empty objects vanish. */
function flatten(obj: Data, prefix = '', out: Data = {}): Data {
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (isPlain(value)) flatten(value, `${prefix}${key}.`, out);
    else out[prefix + key] = value;
  }
  return out;
}
function encodeField(key: string, v: unknown): Data {
  if (v instanceof QueryCommand) return { [key]: { [v.op]: v.operand } };
  if (v instanceof LogicCommand) return { $and: v.operands.map((o) => encodeField(key, o)) };
  if (v instanceof UpdateCommand) throw new Error('an update command cannot be used in a query');
  return { [key]: v };
}
export function encodeQuery(where: Data): Data {
  const out: Data = {};
  const and: unknown[] = [];
  for (const [key, v] of Object.entries(flatten(where))) {
    const encoded = encodeField(key, v);
    if (Array.isArray(encoded.$and)) and.push(...encoded.$and);
    else Object.assign(out, encoded);
  }
  if (and.length > 0) out.$and = and;
  return out;
}
export function encodeUpdate(api: string, data: unknown): Mod {
  if (!isPlain(data) || Object.keys(data).length === 0) throw sdkError(api, -1, 'options.data must not be empty');
  if ('_id' in data) throw invalid(api, '不能更新_id的值');
  const mod: Record<string, Data> = {};
  for (const [key, v] of Object.entries(flatten(data))) {
    if (v instanceof QueryCommand || v instanceof LogicCommand) throw invalid(api, 'a query command cannot be used in an update');
    const [op, value] = v instanceof UpdateCommand ? [v.op, v.operand] : ['$set', v];
    (mod[op] ??= {})[key] = value;
  }
  if (Object.keys(mod).length === 0) throw invalid(api, 'update has no effect');
  return mod as Mod;
}
/** A deep copy of stored data: plain objects and arrays by hand (the common case, and faster), anything else cloned. */
export function copy<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copy) as T;
  if (Object.getPrototypeOf(v) !== Object.prototype) return structuredClone(v);
  const out: Data = {};
  for (const [k, x] of Object.entries(v)) out[k] = copy(x);
  return out as T;
}

const getPath = (doc: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, k) => (node !== null && typeof node === 'object' ? (node as Data)[k] : undefined), doc);

/** Applies a modifier as MongoDB does, refusing what MongoDB refuses; returns the new document, or null if unchanged. */
export function applyMod(api: string, doc: Doc, mod: Mod): Doc | null {
  const paths = [mod.$set, mod.$inc, mod.$unset, mod.$push, mod.$pull].flatMap((m) => Object.keys(m ?? {})).sort();
  for (let i = 1; i < paths.length; i++) {
    const [a, b] = [paths[i - 1] as string, paths[i] as string];
    if (a === b || b.startsWith(`${a}.`)) throw sdkError(api, -502001, `Updating the path '${b}' would create a conflict at '${a}'`);
  }
  for (const path of [...Object.keys(mod.$set ?? {}), ...Object.keys(mod.$inc ?? {})]) {
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i++) {
      const parent = getPath(doc, parts.slice(0, i).join('.'));
      if (parent === null || (parent !== undefined && typeof parent !== 'object')) throw sdkError(api, -502001, `Cannot create field '${parts[i]}' in element {${parts[i - 1]}: ${JSON.stringify(parent)}}`);
    }
  }
  for (const path of [...Object.keys(mod.$push ?? {}), ...Object.keys(mod.$pull ?? {})]) {
    const current = getPath(doc, path);
    if (current !== undefined && !Array.isArray(current)) throw sdkError(api, -502001, `The field '${path}' must be an array but is of type ${typeof current}`);
  }
  for (const [path, by] of Object.entries(mod.$inc ?? {})) {
    const current = getPath(doc, path);
    if (typeof by !== 'number' || (current !== undefined && typeof current !== 'number')) throw sdkError(api, -502001, `Cannot apply $inc to a value of non-numeric type`);
  }
  const next = copy(doc);
  if (!plainPaths(next, mod, paths)) return mingoUpdate(next, mod as never, undefined, undefined, { cloneMode: 'deep' }).length > 0 ? next : null;
  return applyPlain(next, mod) ? next : null;
}

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Whether every path names object fields only (no array element, no numeric segment) and every $pull a scalar: then
 * applyPlain does what mingo's updater does, without building its operator tables on every call (the latency
 * benchmark makes thousands of updates). Anything else goes through mingo.
 */
function plainPaths(doc: Doc, mod: Mod, paths: readonly string[]): boolean {
  if (!Object.values(mod.$pull ?? {}).every(isScalar)) return false;
  return paths.every((path) => {
    const parts = path.split('.');
    if (parts.some((p) => /^\d+$/.test(p))) return false;
    return parts.slice(0, -1).every((_, i) => !Array.isArray(getPath(doc, parts.slice(0, i + 1).join('.'))));
  });
}

/** $set, $inc, $unset, $push ($each) and $pull of a scalar on object paths, as MongoDB applies them; true if changed. */
function applyPlain(doc: Doc, mod: Mod): boolean {
  let changed = false;
  const parentOf = (path: string, create: boolean): [Data | undefined, string] => {
    const parts = path.split('.');
    let node: Data | undefined = doc;
    for (const k of parts.slice(0, -1)) {
      if (node[k] === undefined && create) node[k] = {};
      node = node[k] as Data | undefined;
      if (node === undefined) break;
    }
    return [node, parts[parts.length - 1]!];
  };
  const put = (path: string, value: unknown) => {
    const [parent, key] = parentOf(path, true);
    // MongoDB compares BSON, field order included: JSON text compares the same way.
    if (JSON.stringify(parent![key]) !== JSON.stringify(value) || !(key in parent!)) changed = true;
    parent![key] = value;
  };
  for (const [path, value] of Object.entries(mod.$set ?? {})) put(path, copy(value));
  for (const [path, by] of Object.entries(mod.$inc ?? {})) put(path, ((getPath(doc, path) as number | undefined) ?? 0) + by);
  for (const path of Object.keys(mod.$unset ?? {})) {
    const [parent, key] = parentOf(path, false);
    if (parent && key in parent) (delete parent[key], (changed = true));
  }
  for (const [path, each] of Object.entries(mod.$push ?? {})) {
    const values = (each as { $each: unknown[] }).$each;
    put(path, [...((getPath(doc, path) as unknown[] | undefined) ?? []), ...copy(values)]);
  }
  for (const [path, value] of Object.entries(mod.$pull ?? {})) {
    const current = getPath(doc, path) as unknown[] | undefined;
    if (current) put(path, current.filter((v) => v !== value));
  }
  return changed;
}
