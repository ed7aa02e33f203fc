/**
 * 常用事项 before a community has request history: items most residents come for, in the order shown.
 * Reviewed like the rest of the content; the catalog tops up a community's most requested items from here.
 * Kept apart from the item files so that the `catalog` function can import it without the content.
 */
export const FEATURED_CODES: readonly string[] = [
  'MS-01', // 最低生活保障申请
  'YL-01', // 高龄津贴申领
  'MS-11', // 城乡居民养老保险参保登记
  'WJ-09', // 家庭医生签约服务
  'ZZ-01', // 矛盾纠纷调解
  'YL-05', // 居家养老上门服务预约
  'CY-01', // 就业失业登记
  'ZZ-05', // 群众诉求一站式受理
];
