import { draftToItem, EMPTY_DRAFT, itemToDraft, type LocalItemDraft } from '../../src/pkg-admin/lib/local-item-draft';
import { parseLimitText as parseLimit } from '../../types/catalog-names';
import { LocalItemSchema } from '../../types/functions/catalog-admin';
import { localItem } from '../../scripts/harness/catalog-input';

const DRAFT: LocalItemDraft = {
  ...EMPTY_DRAFT,
  code: 'LXY-01',
  title: '西园长者食堂就餐登记',
  summary: '西园社区长者食堂为辖区老年人提供午餐，登记后凭卡就餐。',
  field: 'YL',
  audience: '辖区60周岁以上老年人',
  conditions: '年满60周岁\n\n居住在西园社区',
  materials: '居民身份证\n老年人优待证（如有）',
  steps: '登记申请｜老年人或家属\n办理就餐卡|社区养老服务专干|3个工作日',
  promisedLimit: '3个工作日',
  window: '长者食堂服务台',
  hours: '周一至周五 10:30-13:00',
  contactRole: '社区养老服务专干',
  keywords: '长者食堂 助餐、老年餐',
  policyBasis: '《中华人民共和国老年人权益保障法》 国家建立健全养老服务体系。',
};

describe('local item drafts', () => {
  it('read time limits as admins write them', () => {
    expect(parseLimit('即时办结')).toEqual({ unit: 'immediate', value: 0 });
    expect(parseLimit('3个工作日')).toEqual({ unit: 'workday', value: 3 });
    expect(parseLimit('5日')).toEqual({ unit: 'day', value: 5 });
    expect(parseLimit('2小时')).toEqual({ unit: 'hour', value: 2 });
    expect(parseLimit('5个工作日内')).toEqual({ unit: 'workday', value: 5 });
    expect(parseLimit('尽快')).toBeNull();
    expect(parseLimit('3个工作日左右')).toBeNull();
    expect(parseLimit('0个工作日')).toBeNull();
  });

  it('turn lines into an item the server schema accepts', () => {
    const result = draftToItem(DRAFT);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.item).toMatchObject({
      conditions: ['年满60周岁', '居住在西园社区'],
      materials: [{ name: '居民身份证', required: true }, { name: '老年人优待证', required: false }],
      steps: [
        { title: '登记申请', actor: '老年人或家属' },
        { title: '办理就餐卡', actor: '社区养老服务专干', promisedLimit: '3个工作日' },
      ],
      promisedLimit: '3个工作日',
      kind: 'info',
      place: { window: '长者食堂服务台', hours: '周一至周五 10:30-13:00' },
      keywords: ['长者食堂', '助餐', '老年餐'],
      policyBasis: [{ title: '《中华人民共和国老年人权益保障法》', note: '国家建立健全养老服务体系。' }],
      online: false,
      form: [],
    });
    expect(LocalItemSchema.safeParse(result.item).success).toBe(true);
  });

  it('name what is wrong, box by box, in Chinese', () => {
    const result = draftToItem({ ...DRAFT, code: 'MS-01', steps: '只有一步', policyBasis: '老年法', promisedLimit: '很快', keywords: ' ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['code', 'keywords', 'policyBasis', 'promisedLimit', 'steps']);
    expect(result.errors.steps).toContain('环节｜办理人');
  });

  it('leave the time limits out when the community promises none (the item then reads 以当地规定为准)', () => {
    const result = draftToItem({ ...DRAFT, steps: '登记申请｜老年人或家属\n办理就餐卡｜社区养老服务专干', promisedLimit: '', hours: '' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.item.promisedLimit).toBeUndefined();
    expect(result.item.steps.every((s) => s.promisedLimit === undefined)).toBe(true);
    expect(result.item.place).toEqual({ window: '长者食堂服务台' });
  });

  it('keep what the editor does not show when an existing item is saved again', () => {
    const { reviewedAt: _at, reviewedAgainst: _against, ...original } = localItem();
    const result = draftToItem(itemToDraft(localItem()), localItem());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.item).toEqual(original);
  });
});
