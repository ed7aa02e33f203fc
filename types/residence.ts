/**
 * How far a person's residence has been verified, as the authorization table asks for it: `household` (their
 * building, 单元 and room confirmed by the grid worker, the community admin or the building's 楼栋长) and `owner`
 * (业主: ownership and the exclusive area as registered under 不动产登记, confirmed by the community admin; needed for
 * owners' votes, 民法典 第二百七十八条). Zod-free for pages.
 */
export const RESIDENCE_LEVELS = ['household', 'owner'] as const;
export type ResidenceLevel = (typeof RESIDENCE_LEVELS)[number];

export const RESIDENCE_REFUSALS: Record<ResidenceLevel, string> = {
  household: '请先在“我的 → 我的住户”登记住址，经网格员、社区或楼栋长核实后再参加',
  owner: '该事项仅限已核实的业主参加，请在“我的 → 我的住户”申请业主核实',
};
