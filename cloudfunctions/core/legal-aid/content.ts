import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { RISKY_MESSAGE, type CheckScene } from '../platform/content-check';

/**
 * User text passes WeChat's content check before it is stored: risky text is refused with the one message used
 * everywhere (and the field it came from); text held for review is stored, and its flag travels with it. Legal-aid
 * content is shown to the resident and the assigned volunteer only, so a review changes who sees it for public text
 * (a volunteer's intro) only.
 */
export async function checkText(ctx: ActionContext, scene: CheckScene, content: string, field: string): Promise<'pass' | 'review'> {
  const { verdict } = await ctx.platform.contentCheck.text({ openid: ctx.caller.openid, scene, content });
  if (verdict === 'risky') throw new DomainError('CONTENT_REJECTED', RISKY_MESSAGE, { [field]: RISKY_MESSAGE });
  return verdict;
}

/** Several texts of one submission, checked together; any risky one refuses the whole. */
export async function checkTexts(ctx: ActionContext, scene: CheckScene, texts: Record<string, string | null | undefined>): Promise<'pass' | 'review'> {
  const verdicts = await Promise.all(Object.entries(texts).flatMap(([field, text]) => (text ? [checkText(ctx, scene, text, field)] : [])));
  return verdicts.includes('review') ? 'review' : 'pass';
}
