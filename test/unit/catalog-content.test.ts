import { CATALOG_ITEMS, ITEM_SOURCES } from '../../cloudfunctions/core/catalog/content/index';
import { DOCUMENTS, documentOf, type PolicyDocument } from '../../cloudfunctions/core/catalog/content/documents';
import type { ItemSource } from '../../cloudfunctions/core/catalog/content/item-source';
import { CENTERS, CatalogItemSchema, FIELDS, type FieldId } from '../../types/catalog';
import { shanghai } from '../../types/time';

/**
 * The catalog's content against the list of documents (content/documents.ts): every citation names a current
 * document and only articles whose text was seen, every time limit quotes the document that sets it, every item
 * says whom it serves and when it was last reviewed, and forms respect the caps of the rules they cite.
 */
const DOCS = DOCUMENTS as Record<string, PolicyDocument>;
const sources: readonly ItemSource[] = ITEM_SOURCES;
/** A review cannot be dated after today. */
const TODAY = shanghai(Date.now()).format('YYYY-MM-DD');

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
/** A time limit in running text: 7个工作日, 24小时, 30日, 7天, 1周内 (not dates such as 1月1日, nor ages in 周岁). */
const TIME_LIMIT = /(?<![月\d])(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:工作日|小时|天|日|周(?!岁))/g;

/** Every string anywhere in a value, for checks that must hold in free text too. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

const citedDocs = (s: ItemSource) => [...new Set([...s.basis.map((b) => b.doc), ...limitsOf(s).map((l) => l.doc)])];
const limitsOf = (s: ItemSource) => [...(s.timeLimit ? [s.timeLimit] : []), ...s.steps.flatMap((st) => (st.limit ? [st.limit] : []))];

/** The item's free text: everything but its ids, dates, citations' document ids and quoted limits. */
function freeText(s: ItemSource): string[] {
  const { basis, timeLimit: _t, steps, reviewedAgainst: _r, reviewedAt: _a, code: _c, ...rest } = s;
  return allStrings([rest, basis.map(({ doc: _d, articles: _x, ...b }) => b), steps.map(({ limit: _l, ...st }) => st)]);
}

describe('catalog content: shape', () => {
  it('has exactly 87 items with the planned spread across fields', () => {
    expect(CATALOG_ITEMS).toHaveLength(87);
    const counts = Object.fromEntries(FIELDS.map((f) => [f.id, CATALOG_ITEMS.filter((i) => i.field === f.id).length]));
    expect(counts).toEqual(EXPECTED_PER_FIELD);
  });

  it('every item parses with CatalogItemSchema', () => {
    const failures = CATALOG_ITEMS.flatMap((item) => {
      const result = CatalogItemSchema.safeParse(item);
      return result.success ? [] : [`${item.code}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('has unique codes and unique titles', () => {
    expect(duplicates(CATALOG_ITEMS.map((i) => i.code))).toEqual([]);
    expect(duplicates(CATALOG_ITEMS.map((i) => i.title))).toEqual([]);
  });

  it('numbers codes 01.. within each field, with the field as prefix, in field order', () => {
    expect(CATALOG_ITEMS.map((i) => i.field)).toEqual(FIELDS.flatMap((f) => Array(EXPECTED_PER_FIELD[f.id]).fill(f.id)));
    for (const field of FIELDS) {
      const codes = CATALOG_ITEMS.filter((i) => i.field === field.id).map((i) => i.code);
      expect(codes).toEqual(codes.map((_, n) => `${field.id}-${String(n + 1).padStart(2, '0')}`));
    }
  });

  it('uses every field and every center, with the fixed centers for DQ, ZZ, XJ and CG', () => {
    expect(new Set(CATALOG_ITEMS.map((i) => i.center))).toEqual(new Set(CENTERS.map((c) => c.id)));
    const fixed = { DQ: 'party-mass', ZZ: 'governance', CG: 'governance', XJ: 'civilization' } as const;
    const wrong = CATALOG_ITEMS.filter((i) => i.field in fixed && fixed[i.field as keyof typeof fixed] !== i.center);
    expect(wrong.map((i) => i.code)).toEqual([]);
  });
});

describe('catalog content: whom each item serves, and when it was reviewed', () => {
  it('says for every item whether residents apply, residents read, or workers act', () => {
    expect(CATALOG_ITEMS.filter((i) => !['apply', 'info', 'duty'].includes(i.kind)).map((i) => i.code)).toEqual([]);
    // Residents see 居民可办 and 居民可查; the worker view and the handbook add the 社区工作 items.
    expect(CATALOG_ITEMS.filter((i) => i.kind !== 'duty').length).toBeGreaterThan(60);
  });

  it('offers no online request for a duty of community workers', () => {
    expect(CATALOG_ITEMS.filter((i) => i.kind === 'duty' && i.online).map((i) => i.code)).toEqual([]);
  });

  it('records a review date (not in the future) and the documents it was checked against', () => {
    const bad = sources.flatMap((s) => {
      const problems: string[] = [];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s.reviewedAt) || s.reviewedAt > TODAY) problems.push(`${s.code}: reviewedAt ${s.reviewedAt}`);
      for (const doc of citedDocs(s)) if (!s.reviewedAgainst.includes(doc)) problems.push(`${s.code}: cites ${doc} but was not reviewed against it`);
      for (const doc of s.reviewedAgainst) if (!documentOf(doc)) problems.push(`${s.code}: unknown document ${doc}`);
      return problems;
    });
    expect(bad).toEqual([]);
  });
});

describe('catalog content: the list of documents', () => {
  it('names each document once, with a title in 《》 and a known status', () => {
    const keys = Object.values(DOCS).map((d) => `${d.title} ${d.number ?? ''} ${d.issued ?? ''} ${d.inForce ?? ''}`);
    expect(duplicates(keys)).toEqual([]);
    for (const d of Object.values(DOCS)) {
      expect(d.title).toMatch(/^《[^《》]+》$/);
      expect(['current', 'superseded', 'expired', 'adopted']).toContain(d.status);
    }
  });

  it('points every superseded document at a current one, and every successor at an adopted one', () => {
    const bad = Object.entries(DOCS).flatMap(([id, d]) => {
      const problems: string[] = [];
      if (d.status === 'superseded' && documentOf(d.supersededBy ?? '')?.status !== 'current') problems.push(`${id}: superseded by ${d.supersededBy}`);
      if (d.supersededBy && d.status !== 'superseded') problems.push(`${id}: supersededBy on a ${d.status} document`);
      if (d.successor && documentOf(d.successor)?.status !== 'adopted') problems.push(`${id}: successor ${d.successor}`);
      return problems;
    });
    expect(bad).toEqual([]);
  });

  it('records the corrections of December 2026: the old texts are superseded by the current ones', () => {
    const replaced = Object.fromEntries(Object.entries(DOCS).filter(([, d]) => d.supersededBy).map(([id, d]) => [id, d.supersededBy]));
    expect(replaced).toMatchObject({
      'public-health-service-spec-2011': 'public-health-service-spec',
      'military-pension-regulation-2011': 'military-pension-regulation',
      'residents-committee-law-2018': 'residents-committee-law',
      'minimum-living-approval-2012': 'minimum-living-confirmation',
      'extreme-poverty-identification-2016': 'extreme-poverty-identification',
      'civilization-practice-pilot': 'civilization-practice-expansion',
      'emergency-response-law-2007': 'emergency-response-law',
    });
    expect(DOCS['community-services-plan-14th']?.status).toBe('expired');
    expect(DOCS['safe-china-plan-14th']?.status).toBe('expired');
    expect(DOCS['social-assistance-law']?.status).toBe('adopted');
  });
});

describe('catalog content: citations', () => {
  it('cites only current documents: nothing superseded, expired or not yet in force', () => {
    const bad = sources.flatMap((s) => citedDocs(s).filter((doc) => documentOf(doc)?.status !== 'current').map((doc) => `${s.code}: ${doc} (${documentOf(doc)?.status})`));
    expect(bad).toEqual([]);
  });

  it('cites each document once per item', () => {
    expect(sources.flatMap((s) => duplicates(s.basis.map((b) => b.doc)).map((d) => `${s.code}: ${d}`))).toEqual([]);
  });

  it('names only articles whose text was seen, of the document cited', () => {
    const bad = sources.flatMap((s) =>
      s.basis.flatMap((b) => {
        if (b.articles === undefined) return [];
        const seen = documentOf(b.doc)?.articles ?? [];
        const named = b.articles.match(ARTICLE) ?? [];
        const rest = b.articles.replace(ARTICLE, '').replace(/[、\s]/g, '');
        return [...named.filter((a) => !seen.includes(a)), ...(rest ? [rest] : [])].map((a) => `${s.code}: ${b.doc} ${a}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('writes no article number and no document number in free text', () => {
    const numbers = Object.values(DOCS).flatMap((d) => (d.number ? [d.number] : []));
    const bad = sources.flatMap((s) => freeText(s).filter((t) => (t.match(ARTICLE) ?? []).length > 0 || numbers.some((n) => t.includes(n))).map((t) => `${s.code}: ${t}`));
    expect(bad).toEqual([]);
  });

  it('names in free text only documents of the list that are still in force (or adopted, as news)', () => {
    const usable = new Set(Object.values(DOCS).filter((d) => d.status === 'current' || d.status === 'adopted').map((d) => d.title));
    const bad = sources.flatMap((s) => freeText(s).flatMap((t) => t.match(CITED_TITLE) ?? []).filter((t) => !usable.has(t)).map((t) => `${s.code}: ${t}`));
    expect(bad).toEqual([]);
  });

  it('uses the current names the corrections require', () => {
    const text = (pattern: RegExp) => CATALOG_ITEMS.filter((i) => allStrings(i).some((t) => pattern.test(t))).map((i) => i.code);
    expect(text(/重性精神疾病/)).toEqual([]);
    // Both card generations are in use: an item may name them together, never require one.
    expect(text(/第二代(?!、第三代)/)).toEqual([]);
    expect(text(/本地户籍/)).toEqual([]);
    expect(text(/十四五/)).toEqual([]);
  });
});

describe('catalog content: time limits', () => {
  it('states a limit only where a cited document sets it, in the document’s words', () => {
    const bad = sources.flatMap((s) =>
      limitsOf(s).flatMap((l) => {
        const problems: string[] = [];
        if (!s.basis.some((b) => b.doc === l.doc)) problems.push(`${s.code}: limit from ${l.doc}, which the item does not cite`);
        if (!(documentOf(l.doc)?.quotes ?? []).includes(l.quote)) problems.push(`${s.code}: “${l.quote}” is not a recorded quote of ${l.doc}`);
        if (!l.quote.includes(String(l.value))) problems.push(`${s.code}: ${l.value} does not appear in “${l.quote}”`);
        return problems;
      }),
    );
    expect(bad).toEqual([]);
  });

  it('writes no time limit in free text unless a document it cites says so', () => {
    const bad = sources.flatMap((s) => {
      const quotes = citedDocs(s).flatMap((doc) => documentOf(doc)?.quotes ?? []);
      return freeText(s).flatMap((t) => (t.match(TIME_LIMIT) ?? []).filter((m) => !quotes.some((q) => q.includes(m))).map((m) => `${s.code}: “${m}” in “${t}”`));
    });
    expect(bad).toEqual([]);
  });

  it('leaves the community’s own promises and hours to the community', () => {
    expect(CATALOG_ITEMS.filter((i) => i.promisedLimit !== undefined || i.steps.some((s) => s.promisedLimit !== undefined)).map((i) => i.code)).toEqual([]);
    expect(CATALOG_ITEMS.filter((i) => i.place.hours !== undefined).map((i) => i.code)).toEqual([]);
  });
});

describe('catalog content: forms', () => {
  it('gives online items a form and offline items none', () => {
    expect(CATALOG_ITEMS.filter((i) => i.online && i.form.length === 0).map((i) => i.code)).toEqual([]);
    expect(CATALOG_ITEMS.filter((i) => !i.online && i.form.length > 0).map((i) => i.code)).toEqual([]);
  });

  it('gives choice fields at least two options and other fields none', () => {
    const bad = CATALOG_ITEMS.flatMap((item) =>
      item.form.filter((f) => (f.type === 'single' || f.type === 'multi' ? (f.options?.length ?? 0) < 2 : f.options !== undefined)).map((f) => `${item.code}.${f.key}`),
    );
    expect(bad).toEqual([]);
  });

  it('has unique form keys and options, and consistent number ranges', () => {
    const bad = CATALOG_ITEMS.flatMap((item) => [
      ...duplicates(item.form.map((f) => f.key)).map((k) => `${item.code}.${k}`),
      ...item.form.flatMap((f) => duplicates(f.options ?? []).map((o) => `${item.code}.${f.key}: ${o}`)),
      ...item.form.filter((f) => f.min !== undefined && f.max !== undefined && f.min > f.max).map((f) => `${item.code}.${f.key}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('accepts no number above the cap of a rule the item cites (a family childcare point takes at most 5 children)', () => {
    const bad = sources.flatMap((s) =>
      citedDocs(s).flatMap((doc) =>
        (documentOf(doc)?.caps ?? []).flatMap((cap) =>
          s.form.filter((f) => f.type === 'number' && f.label.includes(cap.subject) && (f.max === undefined || f.max > cap.max)).map((f) => `${s.code}.${f.key}: max ${f.max}, but ${cap.rule}`),
        ),
      ),
    );
    expect(bad).toEqual([]);
    const capacity = CATALOG_ITEMS.find((i) => i.code === 'TY-01')?.form.find((f) => f.label.includes('收托人数'));
    expect(capacity?.max).toBe(5);
  });
});

describe('catalog content: what communities no longer do', () => {
  it('has no item for a certificate communities must not issue, and asks for none as a material', () => {
    expect(CATALOG_ITEMS.filter((i) => CERTIFICATES_NOT_ISSUED.some((c) => i.title.includes(c) || i.summary.includes(c))).map((i) => i.code)).toEqual([]);
    const materials = CATALOG_ITEMS.flatMap((item) => item.materials.filter((m) => CERTIFICATES_NOT_ISSUED.some((c) => m.name.includes(c))).map((m) => `${item.code}: ${m.name}`));
    expect(materials).toEqual([]);
  });

  it('has no repeated keyword within an item', () => {
    expect(CATALOG_ITEMS.flatMap((item) => duplicates(item.keywords).map((k) => `${item.code}: ${k}`))).toEqual([]);
  });
});
