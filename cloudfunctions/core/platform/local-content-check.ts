import type { CheckResult, ContentCheck, TextCheck } from './content-check';

/**
 * The local host's stand-in for msgSecCheck: a small word list, so that the three outcomes can be tried and tested
 * without WeChat. It is not a moderation list; production uses WeChat's check.
 */
const RISKY: ReadonlyArray<[category: string, words: readonly string[]]> = [
  ['赌博', ['赌博网站', '网上赌场', '六合彩']],
  ['诈骗', ['刷单返利', '代办贷款包过', '冒充公检法']],
  ['色情', ['色情服务', '约炮']],
];
const REVIEW: ReadonlyArray<[category: string, words: readonly string[]]> = [
  ['辱骂', ['傻逼', '王八蛋', '滚蛋']],
  ['广告', ['加微信', '扫码领取', '免费领取']],
];

const squeeze = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

export class WordListContentCheck implements ContentCheck {
  async text(check: TextCheck): Promise<CheckResult> {
    const text = squeeze(check.content);
    for (const [label, words] of RISKY) if (words.some((w) => text.includes(squeeze(w)))) return { verdict: 'risky', label };
    for (const [label, words] of REVIEW) if (words.some((w) => text.includes(squeeze(w)))) return { verdict: 'review', label };
    return { verdict: 'pass' };
  }
}
