import { assertFieldPath } from '../apply-update';
import type { Condition, FieldOps, RawFilter, RawFindOptions, Scalar } from '../port';

/** SQL and its parameters for a WHERE clause over JSON documents stored in a `doc` column. */
export interface SqlFragment {
  sql: string;
  params: Array<string | number>;
}

const OPS = new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists', '$has', '$hasNot', '$hasAny']);

function isOps(c: Condition): c is FieldOps {
  return c !== null && typeof c === 'object' && !Array.isArray(c);
}

function target(field: string): { value: string; type: string; path: string } {
  if (field === '_id') return { value: 'id', type: "'text'", path: '' };
  assertFieldPath(field);
  const path = `'$.${field}'`;
  return { value: `json_extract(doc, ${path})`, type: `json_type(doc, ${path})`, path };
}

function equals(field: string, v: Scalar, out: SqlFragment): string {
  const t = target(field);
  if (v === null) return `(${t.type} IS NULL OR ${t.type} = 'null')`;
  // IS rather than = so that a missing field yields false, never NULL, and NOT (...) stays correct.
  if (typeof v === 'boolean') return `${t.type} IS '${v ? 'true' : 'false'}'`;
  // Check the JSON type too, as MongoDB does: json_extract reads true/false as 1/0, and objects/arrays as text.
  const kind = typeof v === 'number' ? `(${t.type} IS 'integer' OR ${t.type} IS 'real')` : `${t.type} IS 'text'`;
  out.params.push(v);
  return `(${kind} AND ${t.value} IS ?)`;
}

function compare(field: string, op: string, v: number | string, out: SqlFragment): string {
  const t = target(field);
  const sym = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }[op] as string;
  // Compare only like with like, as MongoDB does: a number never matches a string bound and vice versa.
  const kind = typeof v === 'number' ? `${t.type} IN ('integer','real')` : `${t.type} = 'text'`;
  out.params.push(v);
  return `(${kind} AND ${t.value} ${sym} ?)`;
}

function has(field: string, v: Scalar, out: SqlFragment): string {
  const t = target(field);
  if (v === null) return `EXISTS (SELECT 1 FROM json_each(doc, ${t.path}) WHERE type = 'null')`;
  if (typeof v === 'boolean') return `EXISTS (SELECT 1 FROM json_each(doc, ${t.path}) WHERE type = '${v}')`;
  out.params.push(v);
  return `EXISTS (SELECT 1 FROM json_each(doc, ${t.path}) WHERE value = ? AND type != 'true' AND type != 'false')`;
}

function fieldClause(field: string, cond: Condition, out: SqlFragment): string[] {
  if (!isOps(cond)) return [equals(field, cond, out)];
  const parts: string[] = [];
  for (const [op, v] of Object.entries(cond)) {
    if (!OPS.has(op)) throw new Error(`unsupported operator ${op}`);
    if (v === undefined) continue;
    switch (op) {
      case '$eq':
        parts.push(equals(field, v as Scalar, out));
        break;
      case '$ne':
        parts.push(`NOT (${equals(field, v as Scalar, out)})`);
        break;
      case '$in':
      case '$nin': {
        const list = v as Scalar[];
        const any = list.length ? `(${list.map((x) => equals(field, x, out)).join(' OR ')})` : '0';
        parts.push(op === '$in' ? any : `NOT ${any}`);
        break;
      }
      case '$exists':
        parts.push(`${target(field).type} IS ${v ? 'NOT NULL' : 'NULL'}`);
        break;
      case '$has':
        parts.push(has(field, v as Scalar, out));
        break;
      case '$hasNot':
        parts.push(`NOT ${has(field, v as Scalar, out)}`);
        break;
      case '$hasAny': {
        const list = v as Scalar[];
        parts.push(list.length ? `(${list.map((x) => has(field, x, out)).join(' OR ')})` : '0');
        break;
      }
      default:
        parts.push(compare(field, op, v as number | string, out));
    }
  }
  return parts;
}

export function whereSql(filter: RawFilter | undefined): SqlFragment {
  const out: SqlFragment = { sql: '', params: [] };
  const parts: string[] = [];
  for (const [field, cond] of Object.entries(filter ?? {})) {
    if (cond === undefined) continue;
    parts.push(...fieldClause(field, cond, out));
  }
  out.sql = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  return out;
}

export function orderSql(options: RawFindOptions | undefined): string {
  const terms = (options?.orderBy ?? []).map(([field, dir]) => `${target(field).value} ${dir === 'desc' ? 'DESC' : 'ASC'}`);
  terms.push('id ASC');
  return `ORDER BY ${terms.join(', ')}`;
}
