/**
 * Every document the catalog cites, once: title, issuer, number, dates, whether it is still the current text,
 * and what replaced it. Items cite documents by id (see item-source.ts), so a title, number or date is written
 * in one place and the handbook's 政策依据 appendix is generated from this list.
 *
 * Facts come from shared/CONTENT-SOURCES.md (its December 2026 corrections first). `evidence: 'reported'`
 * marks a document whose existence and number were seen only in a secondary source. `articles` lists the only
 * articles whose text was seen (an item may cite no other); `quotes` holds the document's words that items
 * quote for a time limit or a cap, exactly as seen. A superseded or expired document stays listed so that the
 * content test can refuse it and the admin's review list can name what replaced it.
 */

export type DocStatus = 'current' | 'superseded' | 'expired' | 'adopted';

export interface PolicyDocument {
  /** As published, with 《》 and full-width punctuation. */
  title: string;
  issuer?: string;
  number?: string;
  /** The number was seen only in a secondary source. */
  numberReported?: boolean;
  issued?: string;
  /** What happened on `issued` (通过, 修正, 公布, 发布); 印发 when absent, 通过 for a law. */
  issuedAs?: string;
  /** Of the text cited (a revision's in-force date for a revised law). */
  inForce?: string;
  status: DocStatus;
  /** The document that replaced this one (status superseded). */
  supersededBy?: string;
  /** An adopted document that will replace this one once in force (the in-force date was not seen). */
  successor?: string;
  evidence: 'verified' | 'reported';
  articles?: readonly string[];
  quotes?: readonly string[];
  /**
   * Numeric limits the document sets, which forms citing it must respect (e.g. at most 5 children): a number
   * field whose label names the subject may not allow more than `max`.
   */
  caps?: ReadonlyArray<{ subject: string; max: number; rule: string }>;
  /** One line for the appendix, e.g. what changed. */
  note?: string;
}

const NPCSC = '全国人民代表大会常务委员会';

function defineDocuments<T extends Record<string, PolicyDocument>>(documents: T): T {
  return documents;
}

export const DOCUMENTS = defineDocuments({
  // 社区治理（通用）
  'residents-committee-law': {
    title: '《中华人民共和国城市居民委员会组织法》',
    issuer: NPCSC,
    issued: '2025-10-28',
    inForce: '2026-01-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三条', '第四条', '第六条'],
    note: '2025年修订，7章50条；原第三条（六项任务）已不再是第三条',
  },
  'residents-committee-law-2018': {
    title: '《中华人民共和国城市居民委员会组织法》',
    issuer: NPCSC,
    issued: '2018-12-29',
    issuedAs: '修正',
    status: 'superseded',
    supersededBy: 'residents-committee-law',
    evidence: 'verified',
    note: '2018年修正文本，2026年1月1日起由修订后的文本取代',
  },
  'community-governance-opinion': {
    title: '《中共中央 国务院关于加强和完善城乡社区治理的意见》',
    issuer: '中共中央、国务院',
    issued: '2017-06',
    status: 'current',
    evidence: 'verified',
  },
  'grassroots-governance-opinion': {
    title: '《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》',
    issuer: '中共中央、国务院',
    issued: '2021',
    status: 'current',
    evidence: 'verified',
  },
  'community-services-plan-14th': {
    title: '《国务院办公厅关于印发“十四五”城乡社区服务体系建设规划的通知》',
    issuer: '国务院办公厅',
    number: '国办发〔2021〕56号',
    issued: '2021-12-27',
    status: 'expired',
    evidence: 'verified',
    note: '规划期2021—2025年，已到期；后续规划未见',
  },
  'community-consultation-opinion': {
    title: '《关于加强城乡社区协商的意见》',
    issuer: '中共中央办公厅、国务院办公厅',
    issued: '2015-07',
    status: 'current',
    evidence: 'verified',
  },
  'certificates-opinion': {
    title: '《关于改进和规范基层群众性自治组织出具证明工作的指导意见》',
    issuer: '民政部等六部门',
    issued: '2020',
    status: 'current',
    evidence: 'verified',
    note: '附首批不应由基层群众性自治组织出具的20项证明事项清单',
  },

  // 党群
  'party-constitution': {
    title: '《中国共产党章程》',
    issuer: '中国共产党全国代表大会',
    issued: '2022-10-22',
    issuedAs: '通过',
    status: 'current',
    evidence: 'verified',
    note: '党的二十大部分修改',
  },
  'party-branch-regulation': {
    title: '《中国共产党支部工作条例（试行）》',
    issuer: '中共中央',
    issued: '2018',
    status: 'current',
    evidence: 'verified',
  },
  'party-member-education-regulation': {
    title: '《中国共产党党员教育管理工作条例》',
    issuer: '中共中央',
    issued: '2019-05',
    status: 'current',
    evidence: 'verified',
  },
  'party-recruitment-rules': {
    title: '《中国共产党发展党员工作细则》',
    issuer: '中共中央办公厅',
    number: '中办发〔2014〕33号',
    issued: '2014-05-28',
    status: 'current',
    evidence: 'verified',
    articles: ['第五条', '第六条'],
  },
  'urban-party-building-opinion': {
    title: '《关于加强和改进城市基层党的建设工作的意见》',
    issued: '2019',
    status: 'current',
    evidence: 'verified',
  },
  'volunteer-service-regulation': {
    title: '《志愿服务条例》',
    issuer: '国务院',
    number: '国务院令第685号',
    issued: '2017-08-22',
    inForce: '2017-12-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三条', '第五条', '第七条'],
  },

  // 综治
  'people-mediation-law': {
    title: '《中华人民共和国人民调解法》',
    issuer: NPCSC,
    number: '主席令第三十四号',
    issued: '2010-08-28',
    inForce: '2011-01-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三条', '第四条', '第八条', '第九条'],
  },
  'petition-regulation': {
    title: '《信访工作条例》',
    issuer: '中共中央、国务院',
    issued: '2022-02-25',
    inForce: '2022-05-01',
    status: 'current',
    evidence: 'verified',
  },
  'legal-aid-law': {
    title: '《中华人民共和国法律援助法》',
    issuer: NPCSC,
    number: '主席令第九十三号',
    issued: '2021-08-20',
    inForce: '2022-01-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第十六条', '第十七条', '第二十条', '第二十一条', '第二十二条', '第二十三条', '第三十一条', '第三十二条', '第三十三条', '第三十四条', '第三十八条'],
  },
  'public-legal-services-list': {
    title: '《公共法律服务事项清单》',
    issuer: '司法部',
    number: '司发通〔2019〕97号',
    issued: '2019-09-27',
    status: 'current',
    evidence: 'verified',
  },
  'anti-domestic-violence-law': {
    title: '《中华人民共和国反家庭暴力法》',
    issuer: NPCSC,
    issued: '2015-12-27',
    inForce: '2016-03-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三十七条'],
  },
  'political-legal-work-regulation': {
    title: '《中国共产党政法工作条例》',
    issuer: '中共中央',
    issued: '2019-01',
    status: 'current',
    evidence: 'verified',
  },
  'governance-center-opinion': {
    title: '《关于加强社会治安综合治理中心规范化建设的意见》',
    issuer: '中央政法委、最高人民法院等12部门',
    issued: '2024-11',
    status: 'current',
    evidence: 'verified',
  },
  'fengqiao-opinion': {
    title: '《关于坚持和发展新时代“枫桥经验”提升社会矛盾纠纷预防化解能力的意见》',
    issuer: '中共中央办公厅、国务院办公厅',
    issued: '2023',
    status: 'current',
    evidence: 'verified',
  },
  'safe-china-plan-14th': {
    title: '《“十四五”平安中国建设规划》',
    issued: '2022',
    status: 'expired',
    evidence: 'verified',
    note: '规划期至2025年，已到期；后续规划未见',
  },
  'emergency-response-law': {
    title: '《中华人民共和国突发事件应对法》',
    issuer: NPCSC,
    number: '主席令第二十五号',
    issued: '2024-06-28',
    inForce: '2024-11-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三条'],
    note: '2024年修订',
  },
  'emergency-response-law-2007': {
    title: '《中华人民共和国突发事件应对法》',
    issuer: NPCSC,
    issued: '2007-08-30',
    status: 'superseded',
    supersededBy: 'emergency-response-law',
    evidence: 'verified',
  },
  'rule-of-law-education-law': {
    title: '《中华人民共和国法治宣传教育法》',
    issuer: NPCSC,
    issued: '2025-09-12',
    inForce: '2025-11-01',
    status: 'current',
    evidence: 'verified',
    note: '7章65条，建立公民终身法治教育制度',
  },
  'legal-publicity-plan-7th': {
    title: '《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》',
    issuer: '中央宣传部、司法部',
    status: 'expired',
    evidence: 'verified',
    note: '规划期2016—2020年，已到期；法治宣传教育现依《中华人民共和国法治宣传教育法》',
  },

  // 宣教
  'civilization-practice-pilot': {
    title: '《关于建设新时代文明实践中心试点工作的指导意见》',
    issuer: '中共中央办公厅',
    issued: '2018-07',
    status: 'superseded',
    supersededBy: 'civilization-practice-expansion',
    evidence: 'verified',
    note: '试点阶段的文件，2021年起由拓展建设的意见转为全面推开',
  },
  'civilization-practice-expansion': {
    title: '《关于拓展新时代文明实践中心建设的意见》',
    issuer: '中共中央办公厅',
    issued: '2021',
    status: 'current',
    evidence: 'verified',
    note: '县设中心、乡镇（街道）设所、村（社区）设站',
  },

  // 民生
  'social-assistance-measures': {
    title: '《社会救助暂行办法》',
    issuer: '国务院',
    number: '国务院令第649号',
    issued: '2014-02-21',
    inForce: '2014-05-01',
    status: 'current',
    successor: 'social-assistance-law',
    evidence: 'verified',
    articles: ['第十三条'],
  },
  'social-assistance-law': {
    title: '《中华人民共和国社会救助法》',
    issuer: NPCSC,
    issued: '2026-04-30',
    status: 'adopted',
    evidence: 'reported',
    note: '据报道已于2026年4月30日通过，施行日期未确认；施行前仍依《社会救助暂行办法》',
  },
  'minimum-living-confirmation': {
    title: '《最低生活保障审核确认办法》',
    issuer: '民政部',
    number: '民发〔2021〕57号',
    issued: '2021',
    status: 'current',
    evidence: 'verified',
    quotes: ['公示期为7天'],
  },
  'minimum-living-approval-2012': {
    title: '《最低生活保障审核审批办法（试行）》',
    issuer: '民政部',
    number: '民发〔2012〕220号',
    issued: '2012',
    status: 'superseded',
    supersededBy: 'minimum-living-confirmation',
    evidence: 'verified',
  },
  'extreme-poverty-identification': {
    title: '《特困人员认定办法》',
    issuer: '民政部',
    inForce: '2021-07',
    status: 'current',
    evidence: 'verified',
    note: '2021年版',
  },
  'extreme-poverty-identification-2016': {
    title: '《特困人员认定办法》',
    issuer: '民政部',
    number: '民发〔2016〕178号',
    issued: '2016',
    status: 'superseded',
    supersededBy: 'extreme-poverty-identification',
    evidence: 'verified',
    note: '2016年版',
  },
  'temporary-assistance-notice': {
    title: '《国务院关于全面建立临时救助制度的通知》',
    issuer: '国务院',
    number: '国发〔2014〕47号',
    issued: '2014',
    status: 'current',
    evidence: 'verified',
  },
  'temporary-assistance-opinion': {
    title: '《民政部 财政部关于进一步加强和改进临时救助工作的意见》',
    issuer: '民政部、财政部',
    number: '民发〔2018〕23号',
    issued: '2018',
    status: 'current',
    evidence: 'verified',
  },
  'extreme-poverty-support-opinion': {
    title: '《国务院关于进一步健全特困人员救助供养制度的意见》',
    issuer: '国务院',
    number: '国发〔2016〕14号',
    issued: '2016',
    status: 'current',
    evidence: 'verified',
  },
  'disability-subsidies-opinion': {
    title: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》',
    issuer: '国务院',
    number: '国发〔2015〕52号',
    issued: '2015-09-22',
    inForce: '2016-01-01',
    status: 'current',
    evidence: 'verified',
  },
  'disability-law': {
    title: '《中华人民共和国残疾人保障法》',
    issuer: NPCSC,
    issued: '2018-10-26',
    issuedAs: '修正',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三条'],
    note: '1990年通过，2008年修订，2018年修正',
  },
  'veterans-law': {
    title: '《中华人民共和国退役军人保障法》',
    issuer: NPCSC,
    number: '主席令第六十三号',
    issued: '2020-11-11',
    inForce: '2021-01-01',
    status: 'current',
    evidence: 'verified',
  },
  'military-pension-regulation': {
    title: '《军人抚恤优待条例》',
    issuer: '国务院、中央军事委员会',
    number: '国务院、中央军事委员会令第788号',
    issued: '2024-08-05',
    inForce: '2024-10-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第五条'],
    note: '2024年修订，6章64条',
  },
  'military-pension-regulation-2011': {
    title: '《军人抚恤优待条例》',
    issuer: '国务院、中央军事委员会',
    issued: '2011',
    status: 'superseded',
    supersededBy: 'military-pension-regulation',
    evidence: 'verified',
    note: '2011年文本（由民政部门发放领取证），已由2024年修订文本取代',
  },
  'minors-protection-law': {
    title: '《中华人民共和国未成年人保护法》',
    issuer: NPCSC,
    number: '主席令第五十七号',
    issued: '2020-10-17',
    inForce: '2021-06-01',
    issuedAs: '修订',
    status: 'current',
    evidence: 'verified',
    note: '2020年修订，2024年4月26日修正',
  },
  'resident-pension-opinion': {
    title: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
    issuer: '国务院',
    number: '国发〔2014〕8号',
    issued: '2014',
    status: 'current',
    evidence: 'verified',
  },
  'resident-pension-procedures': {
    title: '《城乡居民基本养老保险经办规程》',
    issuer: '人力资源社会保障部',
    number: '人社部发〔2014〕23号',
    issued: '2014',
    status: 'current',
    evidence: 'verified',
    articles: ['第六条'],
  },
  'social-insurance-law': {
    title: '《中华人民共和国社会保险法》',
    issuer: NPCSC,
    status: 'current',
    evidence: 'verified',
    articles: ['第二十条', '第二十二条'],
  },
  'assistance-elderly-disclosure-guide': {
    title: '《民政部办公厅关于印发社会救助和养老服务领域基层政务公开标准指引的通知》',
    issuer: '民政部办公厅',
    number: '民办函〔2019〕52号',
    issued: '2019',
    status: 'current',
    evidence: 'verified',
  },
  'residence-permit-regulation': {
    title: '《居住证暂行条例》',
    issuer: '国务院',
    number: '国务院令第663号',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条'],
  },

  // 卫健
  'public-health-service-spec': {
    title: '《国家基本公共卫生服务规范（第三版）》',
    issuer: '国家卫生计生委',
    number: '国卫基层发〔2017〕13号',
    numberReported: true,
    issued: '2017-03',
    status: 'current',
    evidence: 'verified',
    quotes: ['出院后1周内', '每年至少随访4次', '产后42天健康检查'],
    note: '取代2011年版，“重性精神疾病患者管理”改为“严重精神障碍患者管理”',
  },
  'public-health-service-spec-2011': {
    title: '《国家基本公共卫生服务规范（2011年版）》',
    issuer: '卫生部',
    issued: '2011-05',
    status: 'superseded',
    supersededBy: 'public-health-service-spec',
    evidence: 'verified',
  },
  'health-promotion-law': {
    title: '《中华人民共和国基本医疗卫生与健康促进法》',
    issuer: NPCSC,
    issued: '2019-12-28',
    inForce: '2020-06-01',
    status: 'current',
    evidence: 'verified',
  },
  'population-law': {
    title: '《中华人民共和国人口与计划生育法》',
    issuer: NPCSC,
    issued: '2021-08-20',
    issuedAs: '修正',
    status: 'current',
    evidence: 'verified',
    note: '2001年通过，2015年、2021年修正',
  },
  'public-health-equalization-opinion': {
    title: '《关于促进基本公共卫生服务逐步均等化的意见》',
    issuer: '原卫生部、财政部、原国家人口计生委',
    issued: '2009',
    status: 'current',
    evidence: 'verified',
  },
  'fertility-policy-decision': {
    title: '《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》',
    issuer: '中共中央、国务院',
    issued: '2021',
    status: 'current',
    evidence: 'verified',
  },

  // 托育
  'infant-care-opinion': {
    title: '《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》',
    issuer: '国务院办公厅',
    issued: '2019',
    status: 'current',
    evidence: 'verified',
  },
  'fertility-support-opinion': {
    title: '《关于进一步完善和落实积极生育支持措施的指导意见》',
    issuer: '国家卫生健康委等17部门',
    issued: '2022',
    status: 'current',
    evidence: 'verified',
  },
  'family-childcare-measures': {
    title: '《家庭托育点管理办法（试行）》',
    issuer: '国家卫生健康委、住房和城乡建设部、应急管理部、市场监管总局、国家消防救援局',
    number: '国卫人口发〔2023〕28号',
    issued: '2023-10-16',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第四条', '第五条'],
    quotes: ['每个家庭托育点的收托人数不得超过5人'],
    caps: [{ subject: '收托人数', max: 5, rule: '每个家庭托育点的收托人数不得超过5人' }],
  },
  'childcare-subsidy-plan': {
    title: '《育儿补贴制度实施方案》',
    issuer: '中共中央办公厅、国务院办公厅',
    issued: '2025-07',
    status: 'current',
    evidence: 'verified',
    caps: [{ subject: '月龄', max: 36, rule: '补贴发放至婴幼儿满3周岁' }],
    note: '自2025年1月1日起，按每孩每年3600元发放至3周岁',
  },
  'childcare-subsidy-rules': {
    title: '《育儿补贴制度管理规范（试行）》',
    issuer: '国家卫生健康委、财政部',
    issued: '2025-09',
    status: 'current',
    evidence: 'reported',
  },

  // 养老
  'elderly-rights-law': {
    title: '《中华人民共和国老年人权益保障法》',
    issuer: NPCSC,
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第五条', '第七条'],
  },
  'basic-elderly-care-opinion': {
    title: '《关于推进基本养老服务体系建设的意见》',
    issuer: '中共中央办公厅、国务院办公厅',
    issued: '2022-05',
    status: 'current',
    evidence: 'verified',
  },

  // 创业、就业
  'employment-promotion-law': {
    title: '《中华人民共和国就业促进法》',
    issuer: NPCSC,
    issued: '2015-04-24',
    issuedAs: '修正',
    status: 'current',
    evidence: 'verified',
    note: '2007年通过，2015年修正；第六章为“就业援助”',
  },
  'employment-services-rules': {
    title: '《就业服务与就业管理规定》',
    issuer: '人力资源和社会保障部',
    number: '人力资源和社会保障部令第23号',
    status: 'current',
    evidence: 'verified',
  },
  'hr-market-regulation': {
    title: '《人力资源市场暂行条例》',
    issuer: '国务院',
    number: '国务院令第700号',
    status: 'current',
    evidence: 'verified',
  },
  'employment-entrepreneurship-opinion': {
    title: '《国务院关于进一步做好新形势下就业创业工作的意见》',
    issuer: '国务院',
    number: '国发〔2015〕23号',
    issued: '2015',
    status: 'current',
    evidence: 'verified',
  },

  // 城市管理
  'property-management-regulation': {
    title: '《物业管理条例》',
    issuer: '国务院',
    number: '国务院令第379号',
    issued: '2003-06-08',
    issuedAs: '公布',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第六条'],
    note: '2007年、2016年、2018年修订（国务院令第698号）',
  },
  'residential-property-notice': {
    title: '《关于加强和改进住宅物业管理工作的通知》',
    issuer: '住房和城乡建设部等十部门',
    number: '建房规〔2020〕10号',
    issued: '2020-12-25',
    status: 'current',
    evidence: 'verified',
  },
  'civil-code': {
    title: '《中华人民共和国民法典》',
    issuer: '全国人民代表大会',
    status: 'current',
    evidence: 'verified',
    articles: ['第二百七十八条'],
  },
  'city-appearance-regulation': {
    title: '《城市市容和环境卫生管理条例》',
    issuer: '国务院',
    number: '国务院令第101号',
    issued: '1992-06-28',
    issuedAs: '发布',
    status: 'current',
    evidence: 'verified',
    articles: ['第三条'],
    note: '2011年、2017年修订',
  },
  'urban-greening-regulation': {
    title: '《城市绿化条例》',
    issuer: '国务院',
    status: 'current',
    evidence: 'verified',
  },
  'fire-protection-law': {
    title: '《中华人民共和国消防法》',
    issuer: NPCSC,
    issued: '1998-04-29',
    status: 'current',
    evidence: 'verified',
    articles: ['第五条'],
    note: '2019年修正',
  },
  'work-safety-law': {
    title: '《中华人民共和国安全生产法》',
    issuer: NPCSC,
    number: '主席令第八十八号',
    issued: '2021-06-10',
    inForce: '2021-09-01',
    status: 'current',
    evidence: 'verified',
    articles: ['第二条', '第三条'],
    note: '适用于生产经营单位的安全生产，家庭消防安全适用消防法',
  },
});

export type DocId = keyof typeof DOCUMENTS;

export function documentOf(id: string): PolicyDocument | undefined {
  return (DOCUMENTS as Record<string, PolicyDocument>)[id];
}

/** 通过 for a law (its `issued` date is when it was adopted or amended), else as recorded, else 印发. */
export function issuedAs(doc: PolicyDocument): string {
  return doc.issuedAs ?? (doc.title.startsWith('《中华人民共和国') ? '通过' : '印发');
}
