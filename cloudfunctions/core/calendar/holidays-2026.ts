import type { HolidayYear } from './holiday-schedule';

/**
 * 2026 public holidays of mainland China. Source: 《国务院办公厅关于2026年部分节假日安排的通知》, dated 2025-11-04
 * (新华社; copies at https://politics.gmw.cn/2025-11/04/content_38391083.htm and
 * https://www.hrbtv.net/folder963/2025-11-04/1096647.html), as verified in CONTENT-SOURCES.md §4.
 */
export const HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  holidays: [
    { name: '元旦', off: { from: '2026-01-01', to: '2026-01-03' }, makeUp: ['2026-01-04'] },
    { name: '春节', off: { from: '2026-02-15', to: '2026-02-23' }, makeUp: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', off: { from: '2026-04-04', to: '2026-04-06' }, makeUp: [] },
    { name: '劳动节', off: { from: '2026-05-01', to: '2026-05-05' }, makeUp: ['2026-05-09'] },
    { name: '端午节', off: { from: '2026-06-19', to: '2026-06-21' }, makeUp: [] },
    { name: '中秋节', off: { from: '2026-09-25', to: '2026-09-27' }, makeUp: [] },
    { name: '国庆节', off: { from: '2026-10-01', to: '2026-10-07' }, makeUp: ['2026-09-20', '2026-10-10'] },
  ],
};
