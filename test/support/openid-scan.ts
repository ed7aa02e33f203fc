import { snapshotData } from './db-snapshot';

/** Every string inside a stored document, keys included (a map keyed by OPENID holds them as keys). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out);
    }
  }
  return out;
}

export interface Trace {
  collection: string;
  id: string;
  found: string;
}

/**
 * Where the test host's store holds any of these OPENIDs: as a whole string value or key, or as a part of an id
 * built from it (`activity:openid`, `quota:openid:day`). Collections are named without the adapter's `c_` prefix.
 */
export function findOpenids(dataDir: string, openids: readonly string[]): Trace[] {
  const wanted = new Set(openids);
  const traces: Trace[] = [];
  for (const [table, rows] of Object.entries(snapshotData(dataDir))) {
    const collection = table.replace(/^c_/, '');
    for (const { id, doc } of rows) {
      const parts = [id, ...id.split(':'), ...stringsOf(JSON.parse(doc))];
      const found = parts.find((p) => wanted.has(p));
      if (found !== undefined) traces.push({ collection, id, found });
    }
  }
  return traces;
}

/** Where the store holds this text anywhere at all (for a person's OPENID after their erasure: nowhere). */
export function findText(dataDir: string, text: string): Trace[] {
  const traces: Trace[] = [];
  for (const [table, rows] of Object.entries(snapshotData(dataDir))) {
    for (const { id, doc } of rows) if (id.includes(text) || doc.includes(text)) traces.push({ collection: table.replace(/^c_/, ''), id, found: text });
  }
  return traces;
}
