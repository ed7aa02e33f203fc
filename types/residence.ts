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

/** A household claim: stated by the resident, then verified (or not) by someone who knows the building. */
export const HOUSEHOLD_STATUSES = ['unverified', 'verified', 'rejected'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];
export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, string> = { unverified: '待核实', verified: '已核实', rejected: '未通过' };

/** Ownership (业主), a separate verification against the 不动产登记 the owner shows at the community office. */
export const OWNER_STATUSES = ['none', 'pending', 'verified', 'rejected'] as const;
export type OwnerStatus = (typeof OWNER_STATUSES)[number];
export const OWNER_STATUS_LABELS: Record<OwnerStatus, string> = { none: '未申请', pending: '待核实', verified: '已核实', rejected: '未通过' };

/** The resident's household page (a subpackage), linked from messages about it. */
export const HOUSEHOLD_PAGE = '/pkg-household/mine/index';
