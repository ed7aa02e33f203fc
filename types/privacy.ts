/**
 * Consent, as the app asks for it and the server records it (user.consent). `basic` is the privacy guide every
 * person accepts on first use; the others are sensitive data (个人信息保护法 第二十八条、第二十九条: separate consent),
 * asked at the moment it is collected. Each has its own version: changing what a text says bumps it, and people are
 * asked again. Zod-free so that pages import it cheaply.
 */
export const CONSENT_SCOPES = ['basic', 'membership', 'consultation', 'visits'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type SensitiveScope = Exclude<ConsentScope, 'basic'>;

export interface ConsentText {
  version: string;
  title: string;
  /** One paragraph shown where consent is asked; the full guide is a page of its own. */
  summary: string;
}

export const CONSENT_TEXTS: Record<ConsentScope, ConsentText> = {
  basic: {
    version: '2026-12-01',
    title: '社区服务通隐私保护指引',
    summary:
      '为向您提供社区办事、活动报名和消息提醒，我们会处理您的微信身份标识、您填写的称呼和手机号（仅在需要回电时）、所在社区和住址（楼栋、单元、房号）。我们不收集身份证号。您可以随时在“我的 → 我的数据”中导出或删除您的个人信息，并查看谁查阅过您的敏感信息。',
  },
  membership: {
    version: '2026-12-01',
    title: '党员信息收集说明',
    summary: '党员身份、所在党组织和入党时间属于敏感个人信息，仅用于党员登记和组织生活，由所在支部的支部委员查阅；每次查阅都会记录，您可在“我的 → 谁查看了我的信息”中查看。',
  },
  consultation: {
    version: '2026-12-01',
    title: '法律咨询信息收集说明',
    summary: '您描述的法律问题仅由您和为您服务的律师查阅，用于提供法律咨询；每次查阅都会记录，您可随时查看。',
  },
  visits: {
    version: '2026-12-01',
    title: '走访记录收集说明',
    summary: '网格员走访时记录的情况仅用于跟进您的诉求，由本网格网格员和社区管理员查阅；每次查阅都会记录，您可随时查看。',
  },
};

/** Whether recorded consents cover a scope at its current version. */
export function hasConsent(consents: Partial<Record<ConsentScope, { version: string }>> | undefined, scope: ConsentScope): boolean {
  return consents?.[scope]?.version === CONSENT_TEXTS[scope].version;
}
