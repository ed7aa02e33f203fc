import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryShape } from '../../cloudfunctions/core/store/index-plan';
import type { RawFilter, RawFindOptions, Store } from '../../cloudfunctions/core/store/port';

/** A query the code made, with the place in the core that made it. */
export interface RecordedQuery extends QueryShape {
  op: 'find' | 'count' | 'updateWhere' | 'removeWhere';
  site: string;
}

/** Where the test runs write the queries they see, one JSON line per query (QUERY_LOG_DIR, set by the jest setup). */
export const QUERY_LOG_ENV = 'QUERY_LOG_DIR';

/** The first frame of the core outside the store (the repository or service that asked), or null for the host's own. */
function callSite(): string | null {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const frame = frames.find((f) => f.includes('cloudfunctions/core/') && !f.includes('cloudfunctions/core/store/'));
  return frame ? frame.trim().replace(/^at /, '').replace(/.*\((.*)\)$/, '$1').replace(/^.*?(cloudfunctions\/core\/)/, '$1') : null;
}

function shapeOf(collection: string, filter: RawFilter | undefined, options?: RawFindOptions): QueryShape {
  const fields = Object.entries(filter ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return { collection, fields, sort: (options?.orderBy ?? []).map(([f, d]) => [f, d] as const) };
}

/**
 * The store as the functions see it, telling `record` the shape of every multi-document query (find, count and the
 * conditional updates and removals, which CloudBase also runs as queries) before passing it on unchanged.
 */
export function recordingStore(store: Store, record: (q: RecordedQuery) => void): Store {
  const raw = store as unknown as Record<string, (...args: unknown[]) => unknown>;
  const watch = (op: RecordedQuery['op']) => (collection: string, filter?: RawFilter, extra?: unknown) => {
    // Only the functions' queries: the dev host's own (its demo-account list) never runs in CloudBase.
    const site = callSite();
    if (site) record({ op, site, ...shapeOf(collection, filter, op === 'find' ? (extra as RawFindOptions | undefined) : undefined) });
    return raw[op]!.call(store, collection, filter, extra);
  };
  const updateWhere = watch('updateWhere');
  // Each of updateEach's updates is a query of its own on CloudBase: recorded as one updateWhere each.
  const updateEach = (collection: string, items: ReadonlyArray<{ filter: RawFilter }>) => {
    const site = callSite();
    if (site) for (const { filter } of items) record({ op: 'updateWhere', site, ...shapeOf(collection, filter) });
    return raw.updateEach!.call(store, collection, items);
  };
  const watched: Record<string, unknown> = { find: watch('find'), count: watch('count'), updateWhere, updateEach, removeWhere: watch('removeWhere') };
  return new Proxy(store, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(watched, key)) return watched[key];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Records into QUERY_LOG_DIR when a test run asked for it (one file per process); otherwise the store as it is. */
export function recordingStoreFromEnv(store: Store): Store {
  const dir = process.env[QUERY_LOG_ENV];
  if (!dir) return store;
  const file = join(dir, `${process.pid}.jsonl`);
  return recordingStore(store, (q) => appendFileSync(file, `${JSON.stringify(q)}\n`));
}
