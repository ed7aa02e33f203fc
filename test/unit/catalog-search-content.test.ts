import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { searchKeys } from '../../cloudfunctions/core/catalog/search-keys';
import type { CatalogIndexItem } from '../../types/catalog';
import { decodeKeys, encodeKeys, searchEntries, type SearchEntry } from '../../types/catalog-search';

/** The server's entries, as the seed stores them. */
const serverEntries = CATALOG_ITEMS.map((item, order) => ({ item, keys: searchKeys(item.title, item.keywords), order }));

/** The device's entries, rebuilt from the list's index rows (compact keys), as the 办事 page does offline. */
const deviceEntries: Array<SearchEntry<CatalogIndexItem>> = serverEntries.map(({ item, keys, order }) => {
  const row: CatalogIndexItem = {
    code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, kind: item.kind, online: item.online,
    keywords: item.keywords, audience: item.audience, conditions: item.conditions, py: encodeKeys(keys),
  };
  return { item: row, keys: decodeKeys(row.py), order };
});

const titles = (q: string) => searchEntries(serverEntries, q).map((e) => e.item.title);
const codes = (q: string) => searchEntries(serverEntries, q).map((e) => e.item.code);

describe('search over the real catalog', () => {
  it('finds 最低生活保障申请 first for 低保, in Chinese and in pinyin', () => {
    expect(titles('低保')[0]).toBe('最低生活保障申请');
    expect(titles('dibao')[0]).toBe('最低生活保障申请');
    expect(titles('最低生活')[0]).toBe('最低生活保障申请');
  });

  it('finds 城乡居民养老保险参保登记 by the initials ylbx, among the pension items at the top', () => {
    const found = titles('ylbx');
    expect(found.slice(0, 2)).toContain('城乡居民养老保险参保登记');
    expect(found.slice(0, 2).every((t) => t.includes('养老保险'))).toBe(true);
    expect(titles('cxjmylbx')[0]).toBe('城乡居民养老保险参保登记');
    expect(titles('yanglaobaoxian').slice(0, 2)).toContain('城乡居民养老保险参保登记');
  });

  it('puts 最低生活保障申请 first for db, the initials of its common short name 低保, above titles containing d…b', () => {
    expect(titles('db')[0]).toBe('最低生活保障申请');
    expect(titles('yb')[0]).toBe('城乡居民医保参保登记');
    expect(titles('zc')[0]).toBe('老年助餐服务登记');
  });

  it('ranks title matches above keyword and summary matches', () => {
    expect(codes('调解')[0]).toBe('ZZ-01');
    expect(codes('tiaojie')[0]).toBe('ZZ-01');
    expect(titles('高龄津贴')[0]).toBe('高龄津贴申领');
    expect(titles('gljt')[0]).toBe('高龄津贴申领');
    expect(titles('家庭医生')[0]).toBe('家庭医生签约服务');
    expect(titles('jtys')[0]).toBe('家庭医生签约服务');
  });

  it('finds items by the people they serve and by their code', () => {
    expect(codes('残疾人')).toEqual(expect.arrayContaining(['MS-07', 'MS-08']));
    expect(codes('ms11')).toEqual(['MS-11']);
    expect(codes('CG-05')[0]).toBe('CG-05');
  });

  it('never matches pinyin in the middle of a syllable', () => {
    expect(codes('anglao')).toEqual([]);
    expect(codes('火星移民')).toEqual([]);
  });

  it('ranks identically on the device from the compact keys the list carries', () => {
    for (const q of ['低保', 'ylbx', 'yanglao', 'dibao', 'tiaojie', 'gljt', '残疾人', 'jiuye', 'tuoyu', 'dq', 'ms-01', '党员']) {
      expect(searchEntries(deviceEntries, q).map((e) => e.item.code)).toEqual(codes(q));
    }
  });
});
