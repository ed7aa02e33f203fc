import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coverageOf } from '../../cloudfunctions/core/store/index-plan';
import { QUERY_LOG_ENV, type RecordedQuery } from '../../scripts/harness/query-recorder';

/**
 * Jest's global setup and teardown for index coverage: every test host of the run records its functions' queries
 * (scripts/harness/query-recorder.ts) into one folder; at the end, each distinct query shape must be served by an
 * index declared in store/collections.ts (store/index-plan.ts says what "served" means on CloudBase). An uncovered
 * query fails the run, naming the code that made it and the index that would serve it.
 */
export function setup(): void {
  process.env[QUERY_LOG_ENV] = mkdtempSync(join(tmpdir(), 'hub-queries-'));
}

const keyOf = (q: RecordedQuery) => JSON.stringify([q.collection, [...q.fields].sort(), q.sort]);
const suggestion = (q: RecordedQuery) => [...q.fields, ...q.sort.filter(([f]) => !q.fields.includes(f)).map(([f, d]) => (d === 'desc' ? `-${f}` : f))];

export function teardown(): void {
  const dir = process.env[QUERY_LOG_ENV];
  if (!dir) return;
  const shapes = new Map<string, { query: RecordedQuery; sites: Set<string> }>();
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const query = JSON.parse(line) as RecordedQuery;
      const entry = shapes.get(keyOf(query)) ?? { query, sites: new Set<string>() };
      entry.sites.add(`${query.op} at ${query.site}`);
      shapes.set(keyOf(query), entry);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  delete process.env[QUERY_LOG_ENV];
  const uncovered = [...shapes.values()].filter(({ query }) => coverageOf(query) === null);
  if (uncovered.length === 0) {
    if (shapes.size > 0) console.log(`Index coverage: ${shapes.size} distinct queries made by the functions in this run, each served by a declared index.`);
    return;
  }
  const lines = uncovered.map(
    ({ query, sites }) =>
      `  ${query.collection} filter [${query.fields.join(', ')}] sort [${query.sort.map(([f, d]) => `${f} ${d}`).join(', ')}]\n` +
      `    from ${[...sites].join('; ')}\n    e.g. add ${JSON.stringify(suggestion(query))} to COLLECTIONS.${query.collection}`,
  );
  throw new Error(`Index coverage: ${uncovered.length} of ${shapes.size} distinct queries have no index in cloudfunctions/core/store/collections.ts:\n${lines.join('\n')}`);
}
