import { reviewDue, reviewReasons } from '../../cloudfunctions/core/catalog/admin/review-due';
import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { fromShanghai } from '../../types/time';

const item = CATALOG_ITEMS.find((i) => i.code === 'WJ-02')!;
const NOW = fromShanghai('2026-12-10 09:00');

describe('items due for review', () => {
  it('names nothing for an item reviewed this year against current documents', () => {
    expect(reviewReasons(item, NOW)).toEqual([]);
  });

  it('names a cited document that was superseded, and what replaced it', () => {
    const stale = { ...item, policyBasis: [{ title: '《国家基本公共卫生服务规范（2011年版）》', docId: 'public-health-service-spec-2011' }], reviewedAgainst: ['public-health-service-spec-2011'] };
    expect(reviewReasons(stale, NOW)).toEqual([expect.stringContaining('已由《国家基本公共卫生服务规范（第三版）》取代')]);
  });

  it('names an expired plan, a cited document never reviewed, and an unknown id', () => {
    const stale = {
      ...item,
      policyBasis: [{ title: '《“十四五”平安中国建设规划》', docId: 'safe-china-plan-14th' }, { title: '《某文件》', docId: 'no-such-doc' }],
      reviewedAgainst: ['safe-china-plan-14th'],
    };
    const reasons = reviewReasons(stale, NOW);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringContaining('已到期'), expect.stringContaining('不在文件清单中'), expect.stringContaining('未经复核')]));
  });

  it('counts a year from the review date in Shanghai', () => {
    const reviewed = { ...item, reviewedAt: '2025-12-10' };
    expect(reviewReasons(reviewed, fromShanghai('2026-12-10 09:00'))).toEqual([]);
    expect(reviewReasons(reviewed, fromShanghai('2026-12-11 00:30'))).toEqual([expect.stringContaining('已超过一年')]);
  });

  it('lists only the items with a reason, in the order given', () => {
    const due = reviewDue(CATALOG_ITEMS, NOW);
    expect(due.map((d) => d.code)).toEqual(CATALOG_ITEMS.filter((i) => i.policyBasis.some((b) => b.docId === 'social-assistance-measures')).map((i) => i.code));
  });
});
