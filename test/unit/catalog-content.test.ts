import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { CENTERS, CatalogItemSchema, FIELDS, type CatalogItem, type FieldId } from '../../types/catalog';

/**
 * Documents the catalog may cite: the titles marked verified (V) in shared/CONTENT-SOURCES.md §2, spelled as
 * published (full-width brackets and quotes). Recalled (R) or expired documents are deliberately absent.
 */
const ALLOWED_TITLES = [
  // 社区治理（通用）
  '《中华人民共和国城市居民委员会组织法》',
  '《中共中央 国务院关于加强和完善城乡社区治理的意见》',
  '《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》',
  '《国务院办公厅关于印发“十四五”城乡社区服务体系建设规划的通知》',
  '《关于加强城乡社区协商的意见》',
  '《关于改进和规范基层群众性自治组织出具证明工作的指导意见》',
  // 党群
  '《中国共产党章程》',
  '《中国共产党支部工作条例（试行）》',
  '《中国共产党党员教育管理工作条例》',
  '《中国共产党发展党员工作细则》',
  '《关于加强和改进城市基层党的建设工作的意见》',
  '《志愿服务条例》',
  // 综治
  '《中华人民共和国人民调解法》',
  '《信访工作条例》',
  '《中华人民共和国法律援助法》',
  '《中华人民共和国反家庭暴力法》',
  '《中国共产党政法工作条例》',
  '《关于加强社会治安综合治理中心规范化建设的意见》',
  '《关于坚持和发展新时代“枫桥经验”提升社会矛盾纠纷预防化解能力的意见》',
  '《“十四五”平安中国建设规划》',
  '《中华人民共和国突发事件应对法》',
  // 宣教
  '《关于建设新时代文明实践中心试点工作的指导意见》',
  // 民生
  '《社会救助暂行办法》',
  '《最低生活保障审核确认办法》',
  '《特困人员认定办法》',
  '《国务院关于全面建立临时救助制度的通知》',
  '《民政部 财政部关于进一步加强和改进临时救助工作的意见》',
  '《国务院关于进一步健全特困人员救助供养制度的意见》',
  '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》',
  '《中华人民共和国残疾人保障法》',
  '《中华人民共和国退役军人保障法》',
  '《中华人民共和国未成年人保护法》',
  '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
  '《城乡居民基本养老保险经办规程》',
  '《民政部办公厅关于印发社会救助和养老服务领域基层政务公开标准指引的通知》',
  // 卫健
  '《中华人民共和国基本医疗卫生与健康促进法》',
  '《中华人民共和国人口与计划生育法》',
  '《关于促进基本公共卫生服务逐步均等化的意见》',
  '《国家基本公共卫生服务规范（2011年版）》',
  '《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》',
  // 托育
  '《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》',
  '《关于进一步完善和落实积极生育支持措施的指导意见》',
  '《家庭托育点管理办法（试行）》',
  // 养老
  '《中华人民共和国老年人权益保障法》',
  '《关于推进基本养老服务体系建设的意见》',
  // 创业、就业
  '《中华人民共和国就业促进法》',
  '《就业服务与就业管理规定》',
  '《人力资源市场暂行条例》',
  '《国务院关于进一步做好新形势下就业创业工作的意见》',
  // 城市管理
  '《物业管理条例》',
  '《城市市容和环境卫生管理条例》',
  '《城市绿化条例》',
  '《中华人民共和国消防法》',
  '《中华人民共和国安全生产法》',
];

/**
 * Issuing numbers and articles whose text was seen (CONTENT-SOURCES.md §2 and §3). A `ref` may name only these.
 * 城市居民委员会组织法: the 2025 text in force from 2026-01-01; its old 第三条 (six tasks) must not be cited.
 */
const VERIFIED_REFS: Record<string, { numbers?: string[]; articles?: string[] }> = {
  '《中华人民共和国城市居民委员会组织法》': { articles: ['第二条', '第三条', '第四条', '第六条'] },
  '《中国共产党发展党员工作细则》': { numbers: ['中办发〔2014〕33号'], articles: ['第五条', '第六条'] },
  '《志愿服务条例》': { numbers: ['国务院令第685号'], articles: ['第二条', '第三条', '第五条', '第七条'] },
  '《中华人民共和国人民调解法》': { numbers: ['主席令第三十四号'], articles: ['第二条', '第三条', '第四条', '第八条', '第九条'] },
  '《中华人民共和国法律援助法》': { articles: ['第二条', '第三十一条', '第三十二条', '第三十三条', '第三十四条'] },
  '《中华人民共和国反家庭暴力法》': { articles: ['第二条', '第三十七条'] },
  '《中华人民共和国突发事件应对法》': { articles: ['第二条', '第三条'] },
  '《社会救助暂行办法》': { numbers: ['国务院令第649号'], articles: ['第十三条'] },
  '《最低生活保障审核确认办法》': { numbers: ['民发〔2021〕57号'] },
  '《国务院关于全面建立临时救助制度的通知》': { numbers: ['国发〔2014〕47号'] },
  '《民政部 财政部关于进一步加强和改进临时救助工作的意见》': { numbers: ['民发〔2018〕23号'] },
  '《国务院关于进一步健全特困人员救助供养制度的意见》': { numbers: ['国发〔2016〕14号'] },
  '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》': { numbers: ['国发〔2015〕52号'] },
  '《中华人民共和国残疾人保障法》': { articles: ['第二条', '第三条'] },
  '《中华人民共和国退役军人保障法》': { numbers: ['主席令第六十三号'] },
  '《国务院关于建立统一的城乡居民基本养老保险制度的意见》': { numbers: ['国发〔2014〕8号'] },
  '《城乡居民基本养老保险经办规程》': { numbers: ['人社部发〔2014〕23号'], articles: ['第六条'] },
  '《民政部办公厅关于印发社会救助和养老服务领域基层政务公开标准指引的通知》': { numbers: ['民办函〔2019〕52号'] },
  '《国务院办公厅关于印发“十四五”城乡社区服务体系建设规划的通知》': { numbers: ['国办发〔2021〕56号'] },
  '《中华人民共和国老年人权益保障法》': { articles: ['第二条', '第五条', '第七条'] },
  '《人力资源市场暂行条例》': { numbers: ['国务院令第700号'] },
  '《国务院关于进一步做好新形势下就业创业工作的意见》': { numbers: ['国发〔2015〕23号'] },
  '《中华人民共和国安全生产法》': { articles: ['第三条'] },
  '《城市市容和环境卫生管理条例》': { numbers: ['国务院令第101号'], articles: ['第三条'] },
  '《物业管理条例》': { numbers: ['国务院令第379号'], articles: ['第二条', '第六条'] },
};

/** 首批不应由基层群众性自治组织出具证明事项清单 (2020): none of these may be a catalog item. */
const CERTIFICATES_NOT_ISSUED = [
  '亲属关系证明', '居民身份信息证明', '户口登记项目内容变更申请证明', '居民养犬证明', '无犯罪记录证明',
  '社区戒毒社区康复人员情况证明', '人员失踪证明', '婚姻状况证明', '出生证明', '健在证明', '死亡证明',
  '疾病状况证明', '残疾状况证明', '婚育状况证明', '居民就业状况证明', '居民个人档案证明', '居民财产证明',
  '遗产继承权证明', '市场主体住所证明', '证件遗失证明',
];

const EXPECTED_PER_FIELD: Record<FieldId, number> = { DQ: 12, ZZ: 12, XJ: 8, MS: 16, WJ: 10, TY: 6, YL: 10, CY: 7, CG: 6 };

const ARTICLE = /第[一二三四五六七八九十百零〇\d]+条/g;
const CITED_TITLE = /《[^《》]+》/g;

/** Every string anywhere in an item, for checks that must hold in free text too. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

const items: CatalogItem[] = CATALOG_ITEMS;

describe('catalog content: shape', () => {
  it('has exactly 87 items with the planned spread across fields', () => {
    expect(items).toHaveLength(87);
    const counts = Object.fromEntries(FIELDS.map((f) => [f.id, items.filter((i) => i.field === f.id).length]));
    expect(counts).toEqual(EXPECTED_PER_FIELD);
  });

  it('every item parses with CatalogItemSchema', () => {
    const failures = items.flatMap((item) => {
      const result = CatalogItemSchema.safeParse(item);
      return result.success
        ? []
        : [`${item.code}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('has unique codes and unique titles', () => {
    expect(duplicates(items.map((i) => i.code))).toEqual([]);
    expect(duplicates(items.map((i) => i.title))).toEqual([]);
  });

  it('numbers codes 01.. within each field, with the field as prefix, in field order', () => {
    expect(items.map((i) => i.field)).toEqual(FIELDS.flatMap((f) => Array(EXPECTED_PER_FIELD[f.id]).fill(f.id)));
    for (const field of FIELDS) {
      const codes = items.filter((i) => i.field === field.id).map((i) => i.code);
      expect(codes).toEqual(codes.map((_, n) => `${field.id}-${String(n + 1).padStart(2, '0')}`));
    }
    for (const item of items) expect(item.code.slice(0, 2)).toBe(item.field);
  });

  it('uses every field and every center, with the fixed centers for DQ, ZZ, XJ and CG', () => {
    expect(new Set(items.map((i) => i.field))).toEqual(new Set(FIELDS.map((f) => f.id)));
    expect(new Set(items.map((i) => i.center))).toEqual(new Set(CENTERS.map((c) => c.id)));
    const fixed = { DQ: 'party-mass', ZZ: 'governance', CG: 'governance', XJ: 'civilization' } as const;
    const wrong = items.filter((i) => i.field in fixed && fixed[i.field as keyof typeof fixed] !== i.center);
    expect(wrong.map((i) => i.code)).toEqual([]);
  });
});

describe('catalog content: forms', () => {
  it('gives online items a form and offline items none', () => {
    expect(items.filter((i) => i.online && i.form.length === 0).map((i) => i.code)).toEqual([]);
    expect(items.filter((i) => !i.online && i.form.length > 0).map((i) => i.code)).toEqual([]);
  });

  it('gives choice fields at least two options and other fields none', () => {
    const bad = items.flatMap((item) =>
      item.form
        .filter((f) =>
          f.type === 'single' || f.type === 'multi' ? (f.options?.length ?? 0) < 2 : f.options !== undefined,
        )
        .map((f) => `${item.code}.${f.key}`),
    );
    expect(bad).toEqual([]);
  });

  it('has unique form keys and unique options within an item', () => {
    const bad = items.flatMap((item) => [
      ...duplicates(item.form.map((f) => f.key)).map((k) => `${item.code}.${k}`),
      ...item.form.flatMap((f) => duplicates(f.options ?? []).map((o) => `${item.code}.${f.key}: ${o}`)),
    ]);
    expect(bad).toEqual([]);
  });

  it('keeps number ranges consistent', () => {
    const bad = items.flatMap((item) =>
      item.form
        .filter((f) => f.min !== undefined && f.max !== undefined && f.min > f.max)
        .map((f) => `${item.code}.${f.key}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('catalog content: policy basis', () => {
  it('has a consistent allow-list', () => {
    expect(duplicates(ALLOWED_TITLES)).toEqual([]);
    for (const title of Object.keys(VERIFIED_REFS)) expect(ALLOWED_TITLES).toContain(title);
  });

  it('cites only allowed documents, in policyBasis and anywhere in the text', () => {
    const bad = items.flatMap((item) => [
      ...item.policyBasis.filter((b) => !ALLOWED_TITLES.includes(b.title)).map((b) => `${item.code}: ${b.title}`),
      ...allStrings(item)
        .flatMap((s) => s.match(CITED_TITLE) ?? [])
        .filter((t) => !ALLOWED_TITLES.includes(t))
        .map((t) => `${item.code}: ${t}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('puts in ref only verified articles and issuing numbers of the cited document', () => {
    const bad = items.flatMap((item) =>
      item.policyBasis.flatMap((b) => {
        if (b.ref === undefined) return [];
        const verified = VERIFIED_REFS[b.title] ?? {};
        const problems: string[] = [];
        for (const article of b.ref.match(ARTICLE) ?? []) {
          if (!(verified.articles ?? []).includes(article)) problems.push(`${item.code}: ${b.title} ${article}`);
        }
        const rest = b.ref.replace(ARTICLE, '').replace(/[、\s]/g, '');
        if (rest !== '' && !(verified.numbers ?? []).includes(rest)) problems.push(`${item.code}: ${b.title} ${rest}`);
        return problems;
      }),
    );
    expect(bad).toEqual([]);
  });

  it('cites no article number outside ref', () => {
    const bad = items.flatMap((item) => {
      const withoutRefs = { ...item, policyBasis: item.policyBasis.map(({ title, note }) => ({ title, note })) };
      return allStrings(withoutRefs)
        .filter((s) => (s.match(ARTICLE) ?? []).length > 0)
        .map((s) => `${item.code}: ${s}`);
    });
    expect(bad).toEqual([]);
  });
});

describe('catalog content: what communities no longer do', () => {
  it('has no item for a certificate communities must not issue', () => {
    const bad = items.filter((i) => CERTIFICATES_NOT_ISSUED.some((c) => i.title.includes(c) || i.summary.includes(c)));
    expect(bad.map((i) => i.code)).toEqual([]);
  });

  it('asks for no such certificate as a material', () => {
    const bad = items.flatMap((item) =>
      item.materials
        .filter((m) => CERTIFICATES_NOT_ISSUED.some((c) => m.name.includes(c)))
        .map((m) => `${item.code}: ${m.name}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('catalog content: limits and keywords', () => {
  it('uses value 0 for immediate limits and a positive value otherwise', () => {
    const limits = items.flatMap((item) => [
      { at: `${item.code} total`, limit: item.totalLimit },
      ...item.steps.map((s) => ({ at: `${item.code} ${s.title}`, limit: s.limit })),
    ]);
    const bad = limits.filter(({ limit }) => (limit.unit === 'immediate' ? limit.value !== 0 : limit.value <= 0));
    expect(bad.map((b) => b.at)).toEqual([]);
  });

  it('has no repeated keyword within an item', () => {
    const bad = items.flatMap((item) => duplicates(item.keywords).map((k) => `${item.code}: ${k}`));
    expect(bad).toEqual([]);
  });
});
