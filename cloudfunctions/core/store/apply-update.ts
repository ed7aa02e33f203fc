import type { RawUpdate } from './port';

/** Applies a partial update to a plain document, in place. Used by adapters that rewrite whole documents. */
export function applyUpdate(doc: Record<string, unknown>, update: RawUpdate): void {
  for (const [path, value] of Object.entries(update.set ?? {})) setPath(doc, path, value);
  for (const [path, by] of Object.entries(update.inc ?? {})) {
    const current = getPath(doc, path);
    setPath(doc, path, (typeof current === 'number' ? current : 0) + by);
  }
  for (const path of update.unset ?? []) unsetPath(doc, path);
  for (const [path, values] of Object.entries(update.push ?? {})) {
    const current = getPath(doc, path);
    setPath(doc, path, [...(Array.isArray(current) ? current : []), ...structuredClone(values)]);
  }
  for (const [path, value] of Object.entries(update.pull ?? {})) {
    const current = getPath(doc, path);
    if (Array.isArray(current)) setPath(doc, path, current.filter((x) => x !== value));
  }
}

export function getPath(doc: Record<string, unknown>, path: string): unknown {
  let node: unknown = doc;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = doc;
  for (const key of keys) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

function unsetPath(doc: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node: unknown = doc;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[last];
}

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
/** Field paths reach SQL and CloudBase as identifiers: only plain dotted names are allowed. */
export function assertFieldPath(path: string): void {
  if (!FIELD_PATH.test(path)) throw new Error(`invalid field path: ${path}`);
}
