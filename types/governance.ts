/**
 * Community co-governance (三张清单, 大事共议, 进百家门): the words both sides use, zod-free so that pages import them
 * cheaply. What a thing is called here is what the UI shows.
 */

/** 需求清单 categories, as a community groups residents' needs. */
export const NEED_CATEGORIES = ['elderly', 'children', 'environment', 'facilities', 'culture', 'hardship', 'other'] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];
export const NEED_CATEGORY_LABELS: Record<NeedCategory, string> = {
  elderly: '养老助老',
  children: '儿童关爱',
  environment: '环境整治',
  facilities: '设施维修',
  culture: '文体活动',
  hardship: '困难帮扶',
  other: '其他',
};

export const NEED_STATUSES = ['open', 'project', 'resolved'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = { open: '待解决', project: '已立项', resolved: '已解决' };

/** 资源清单: what units in the area offer. */
export const RESOURCE_TYPES = ['venue', 'volunteers', 'funds', 'materials'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = { venue: '场地', volunteers: '志愿服务', funds: '资金', materials: '物资' };

export const PROVIDER_KINDS = ['in_area_unit', 'property', 'social_org', 'shop', 'party_member'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  in_area_unit: '驻区单位',
  property: '物业',
  social_org: '社会组织',
  shop: '商户',
  party_member: '在职党员',
};

export const RESOURCE_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
export const RESOURCE_STATUS_LABELS: Record<ResourceStatus, string> = { pending: '待核实', verified: '已核实', rejected: '未通过' };

/** Which resource types answer which need: the first listed fits best. */
export const MATCHING: Record<NeedCategory, readonly ResourceType[]> = {
  elderly: ['volunteers', 'venue', 'funds'],
  children: ['venue', 'volunteers', 'materials'],
  environment: ['volunteers', 'materials', 'funds'],
  facilities: ['funds', 'materials', 'volunteers'],
  culture: ['venue', 'funds', 'volunteers'],
  hardship: ['funds', 'materials', 'volunteers'],
  other: ['volunteers', 'venue', 'funds', 'materials'],
};

/** 大事共议: a consultation (征求意见) and an owners' decision (业主表决) are different things, never confused. */
export const TOPIC_KINDS = ['consultation', 'owners'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];
export const TOPIC_KIND_LABELS: Record<TopicKind, string> = { consultation: '征求意见', owners: '业主表决' };
export const TOPIC_KIND_NOTES: Record<TopicKind, string> = {
  consultation: '居民协商：听取居民意见，按议题设定的参与率和通过规则统计',
  owners: '民法典第二百七十八条：由专有部分面积和业主人数“双过”决定',
};

/** Who takes part in a consultation: one vote per verified household, or per verified resident. */
export const VOTER_BASES = ['household', 'person'] as const;
export type VoterBasis = (typeof VOTER_BASES)[number];
export const VOTER_BASIS_LABELS: Record<VoterBasis, string> = { household: '每户一票', person: '每人一票' };

/** A consultation's passing rule among those who took part (a setting: the 2025 居委会组织法's text was not seen). */
export const PASSING_RULES = ['more_than_half', 'two_thirds', 'three_quarters'] as const;
export type PassingRule = (typeof PASSING_RULES)[number];
export const PASSING_RULE_LABELS: Record<PassingRule, string> = { more_than_half: '过半数', two_thirds: '三分之二以上', three_quarters: '四分之三以上' };

/**
 * 民法典 第二百七十八条: the matters owners decide together. Items 六–八 need three quarters of the participating area
 * and owners; the others more than half of both.
 */
export const OWNER_MATTERS = [
  { item: 1, label: '制定和修改业主大会议事规则', special: false },
  { item: 2, label: '制定和修改管理规约', special: false },
  { item: 3, label: '选举业主委员会或者更换业主委员会成员', special: false },
  { item: 4, label: '选聘和解聘物业服务企业或者其他管理人', special: false },
  { item: 5, label: '使用建筑物及其附属设施的维修资金', special: false },
  { item: 6, label: '筹集建筑物及其附属设施的维修资金', special: true },
  { item: 7, label: '改建、重建建筑物及其附属设施（含加装电梯）', special: true },
  { item: 8, label: '改变共有部分的用途或者利用共有部分从事经营活动', special: true },
  { item: 9, label: '有关共有和共同管理权利的其他重大事项', special: false },
] as const;
export const OWNER_CHINESE_ITEMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
export const ownerMatterOf = (item: number) => OWNER_MATTERS.find((m) => m.item === item) ?? OWNER_MATTERS[8];

/** 进百家门: households the community marks for monthly visits, with the household's consent recorded. */
export const CARE_KINDS = ['elderly_alone', 'disability', 'dibao'] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const CARE_KIND_LABELS: Record<CareKind, string> = { elderly_alone: '独居老人', disability: '残疾人家庭', dibao: '低保家庭' };

/** The subpackage's pages, for links from messages and other pages. */
export const GOV_PAGES = {
  needs: '/pkg-gov/needs/index',
  project: '/pkg-gov/project/index',
  topic: '/pkg-gov/topic/index',
  visits: '/pkg-gov/visits/index',
} as const;
