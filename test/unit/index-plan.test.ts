import { coverageOf, declaredIndexes, type IndexDecl } from '../../cloudfunctions/core/store/index-plan';

const index = (collection: string, ...keys: string[]): IndexDecl => ({
  collection,
  name: keys.join('_'),
  keys: keys.map((k) => (k.startsWith('-') ? { field: k.slice(1), direction: -1 as const } : { field: k, direction: 1 as const })),
});
const q = (fields: string[], sort: Array<[string, 'asc' | 'desc']> = []) => ({ collection: 'c', fields, sort });
const by = (query: ReturnType<typeof q>, indexes: IndexDecl[]) => {
  const c = coverageOf(query, indexes);
  return c?.by === 'index' ? c.index.name : (c?.by ?? null);
};

describe('what serves a query on CloudBase (store/index-plan.ts)', () => {
  const abc = [index('c', 'a', 'b', 'c')];

  it('takes filters on an index prefix, in any order, and nothing else', () => {
    expect(by(q(['a']), abc)).toBe('a_b_c');
    expect(by(q(['b', 'a']), abc)).toBe('a_b_c');
    expect(by(q(['a', 'b', 'c']), abc)).toBe('a_b_c');
    expect(by(q(['b']), abc)).toBeNull();
    expect(by(q(['a', 'c']), abc)).toBeNull();
    expect(by(q(['a', 'b', 'c', 'd']), abc)).toBeNull();
  });

  it('takes sort keys that follow the filter in the index, all as declared or all reversed', () => {
    const mixed = [index('c', 'a', 'b', '-c')];
    expect(by(q(['a'], [['b', 'asc'], ['c', 'desc']]), mixed)).toBe('a_b_-c');
    expect(by(q(['a'], [['b', 'desc'], ['c', 'asc']]), mixed)).toBe('a_b_-c');
    expect(by(q(['a'], [['b', 'asc'], ['c', 'asc']]), mixed)).toBeNull();
    expect(by(q(['a'], [['c', 'desc']]), mixed)).toBeNull();
    // A sort on a field already filtered on needs nothing more.
    expect(by(q(['a', 'b'], [['b', 'desc']]), abc)).toBe('a_b_c');
    // A single-field index sorts either way.
    expect(by(q([], [['a', 'desc']]), [index('c', 'a')])).toBe('a');
  });

  it('leaves _id to its built-in index and whole-collection reads to no index', () => {
    expect(by(q(['_id', 'x']), [])).toBe('_id');
    expect(by(q([], [['_id', 'asc']]), [])).toBe('_id');
    expect(by(q([]), [])).toBe('whole-collection');
    expect(by({ collection: 'other', fields: ['a'], sort: [] }, abc)).toBeNull();
  });

  it('declares CloudBase indexes from COLLECTIONS with the names the console shows', () => {
    expect(declaredIndexes()).toContainEqual({ collection: 'outbox', name: 'status_1_dueAt_1', keys: [{ field: 'status', direction: 1 }, { field: 'dueAt', direction: 1 }] });
  });
});
