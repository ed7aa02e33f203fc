import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { RISKY_MESSAGE, type CheckScene } from '../platform/content-check';

/**
 * Residents' text (needs, comments) through content security: refused when risky; held when WeChat asks for a
 * review, shown then only to its author and the community's officers until one of them publishes it (moderate).
 * Returns whether the text is held.
 */
export async function checkResidentText(ctx: ActionContext, scene: CheckScene, ...texts: string[]): Promise<boolean> {
  const verdicts = await Promise.all(texts.filter(Boolean).map((content) => ctx.platform.contentCheck.text({ openid: ctx.caller.openid, scene, content })));
  if (verdicts.some((v) => v.verdict === 'risky')) throw new DomainError('CONTENT_REJECTED', RISKY_MESSAGE);
  return verdicts.some((v) => v.verdict === 'review');
}

/**
 * What officers publish in the community's name (project updates, results, minutes, topics): refused when risky, and
 * also when WeChat would hold it for review, since an official notice is reworded rather than published half-seen.
 */
export async function checkOfficialText(ctx: ActionContext, ...texts: string[]): Promise<void> {
  if (await checkResidentText(ctx, 'forum', ...texts)) throw new DomainError('CONTENT_REJECTED', '内容需要人工审核，请修改措辞后再发布');
}
