/**
 * The content-security port: user text passes through it before it is stored. In production it is WeChat's
 * security.msgSecCheck (version 2), which answers a suggestion per text: `pass` (store it), `review` (store it, but
 * show it only to its author and the person accountable until someone clears it) or `risky` (refuse it, with a clear
 * message). Locally a word list stands in. Images go through the platform's asynchronous media check, whose result
 * arrives later: a feature that stores photos keeps them under review until it does.
 */
export type Verdict = 'pass' | 'review' | 'risky';

/** WeChat's scenes for msgSecCheck v2: 1 资料 (profile), 2 评论 (comment), 3 论坛 (forum post), 4 社交日志 (log). */
export type CheckScene = 'profile' | 'comment' | 'forum' | 'log';
export const SCENE_CODE: Record<CheckScene, number> = { profile: 1, comment: 2, forum: 3, log: 4 };

export interface TextCheck {
  /** Who wrote it (WeChat checks against the user's recent use of the mini-program). */
  openid: string;
  scene: CheckScene;
  content: string;
}

export interface CheckResult {
  verdict: Verdict;
  /** WeChat's label (e.g. 20001 时政, 20002 色情…), or the local list's category; for logs and reviewers, never shown. */
  label?: string;
}

export interface ContentCheck {
  text(check: TextCheck): Promise<CheckResult>;
}

/** The Chinese message for a refused text, the same wherever text is written. */
export const RISKY_MESSAGE = '内容含有不适宜发布的信息，请修改后再提交';
