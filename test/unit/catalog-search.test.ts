import type { CatalogItem } from '../../types/catalog';
import { searchEntries, type SearchEntry } from '../../types/catalog-search';
import { pinyinKey, searchKeys } from '../../cloudfunctions/core/catalog/search-keys';

function entry(order: number, code: string, title: string, keywords: string[] = [], summary = '社区服务事项'): SearchEntry {
  const item = { code, title, keywords, summary, audience: '辖区居民', conditions: ['无'] } as unknown as CatalogItem;
  return { item, keys: searchKeys(title, keywords), order };
}

const entries = [
  entry(0, 'MS-01', '最低生活保障申请', ['低保', '救助']),
  entry(1, 'MS-05', '城乡居民养老保险参保登记', ['养老保险', '社保']),
  entry(2, 'YL-02', '高龄津贴申领', ['高龄', '补贴']),
  entry(3, 'ZZ-03', '矛盾纠纷调解', ['调解', '纠纷']),
  entry(4, 'YL-05', '养老服务补贴', ['养老']),
];
const codes = (q: string) => searchEntries(entries, q).map((e) => e.item.code);

describe('pinyin keys', () => {
  it('records full pinyin, syllable starts and initials', () => {
    expect(pinyinKey('养老保险')).toEqual({ full: 'yanglaobaoxian', starts: [0, 4, 7, 10], initials: 'ylbx' });
  });
});

describe('catalog search', () => {
  it('finds Chinese substrings in titles and keywords, title matches first', () => {
    expect(codes('养老')).toEqual(['YL-05', 'MS-05']);
    expect(codes('低保')).toEqual(['MS-01']);
    expect(codes('调解')[0]).toBe('ZZ-03');
  });

  it('finds pinyin initials: ylbx finds 养老保险', () => {
    expect(codes('ylbx')[0]).toBe('MS-05');
    expect(codes('gljt')).toEqual(['YL-02']);
  });

  it('finds full pinyin and its prefixes, only from a syllable start', () => {
    expect(codes('yanglao')).toEqual(expect.arrayContaining(['MS-05', 'YL-05']));
    expect(codes('tiaojie')).toEqual(['ZZ-03']);
    expect(codes('anglao')).toEqual([]);
  });

  it('ignores case, spaces and apostrophes and matches item codes', () => {
    expect(codes(' YangLao BaoXian ')[0]).toBe('MS-05');
    expect(codes('ms-01')[0]).toBe('MS-01');
    expect(codes("gao'ling")).toEqual(['YL-02']);
  });

  it('returns nothing for a query that matches nothing, and everything in order for an empty one', () => {
    expect(codes('火星移民')).toEqual([]);
    expect(codes('   ')).toEqual(['MS-01', 'MS-05', 'YL-02', 'ZZ-03', 'YL-05']);
  });
});
