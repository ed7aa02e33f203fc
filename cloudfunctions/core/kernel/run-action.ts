import type { z } from 'zod';
import { DEFAULT_ERROR_MESSAGES, type ErrorBody, type FunctionResult } from '../../../types/errors';
import { CONSENT_TEXTS, hasConsent } from '../../../types/privacy';
import { RESIDENCE_REFUSALS } from '../../../types/residence';
import { parseAt } from '../../../types/validation-time';
import { admits, type RateLimit, type Rule } from './authorize';
import { DomainError } from './domain-error';
import { countCall, rateRefusal } from './rate-limit';
import { holdsResidence } from './residence';
import { findUser } from './users';
import type { Caller, Deps } from './context';
import { hasAction, type FunctionDef } from './function-def';
import { isValidatedBy } from './validated';

export interface ActionEvent {
  action?: unknown;
  data?: unknown;
}

function fail(code: ErrorBody['code'], message = DEFAULT_ERROR_MESSAGES[code], fields?: Record<string, string>): FunctionResult<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

function issuesToFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '格式不正确';
  }
  return fields;
}

/** What a person whose account is being erased may still do: finish the erasure. */
const DURING_ERASURE = new Set(['user.deleteMe']);

/** Refusals the rule's residence and consent levels give, checked on the caller's record (no store call). */
function standingRefusal(rule: Rule, caller: Caller): FunctionResult<never> | null {
  if (rule.residence && !holdsResidence(caller.user, rule.residence)) return fail('FORBIDDEN', RESIDENCE_REFUSALS[rule.residence]);
  if (rule.consent && !hasConsent(caller.user?.consents, rule.consent)) return fail('FORBIDDEN', `请先阅读并同意《${CONSENT_TEXTS[rule.consent].title}》`);
  return null;
}

/**
 * The whole life of one call, the same in CloudBase and in the local host: resolve the caller, check the
 * authorization table (role, then the rate window), parse the input once (with "now" pinned to the clock, for the
 * schemas' date windows), check the residence and consent the rule asks for, run the handler, parse its output
 * (once: see validated.ts), and count the success in the caller's rate window.
 */
export async function runAction(fn: FunctionDef, event: ActionEvent, openid: string | undefined, deps: Deps): Promise<FunctionResult<unknown>> {
  if (!openid) return fail('UNAUTHENTICATED');
  if (!hasAction(fn, event.action)) return fail('NOT_FOUND', '不支持的操作');
  const action = event.action;
  try {
    const caller = { openid, user: await findUser(deps.store, openid) };
    const rule = fn.policy[action];
    if (!rule || !admits(rule, caller)) return fail('FORBIDDEN');
    if (caller.user?.erasure && !DURING_ERASURE.has(`${fn.name}.${action}`)) return fail('FORBIDDEN', '您的账号正在注销中');
    const now = deps.clock.now();
    const limited = rule.rate === 'read' ? null : rule.rate;
    const throttled = limited && rateRefusal(caller, limited.limit, now);
    if (throttled) return { ok: false, error: throttled.toBody() };

    const contract = fn.contract[action]!;
    const parsed = parseAt(now, () => contract.input.safeParse(event.data ?? {}));
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error);
      const first = Object.values(fields)[0];
      return fail('INVALID_INPUT', first && first !== '格式不正确' ? first : DEFAULT_ERROR_MESSAGES.INVALID_INPUT, fields);
    }
    const refused = standingRefusal(rule, caller);
    if (refused) return refused;
    const output = await fn.handle(action, { ...deps, caller }, parsed.data);
    // An answer the handler built with validatedOutput was parsed by this same schema then, and is frozen since.
    const data = isValidatedBy(contract.output, output) ? output : contract.output.parse(output);
    if (limited?.mode === 'count') await countSuccess(deps, caller, limited.limit, now, `${fn.name}.${action}`);
    return { ok: true, data };
  } catch (err) {
    return failure(fn, action, err);
  }
}

/** The action has happened: a failure to count it is logged, not turned into a failure of the action. */
async function countSuccess(deps: Deps, caller: Caller, limit: RateLimit, now: number, what: string): Promise<void> {
  try {
    await countCall(deps.store, caller, limit, now);
  } catch (err) {
    console.error(`[${what}] rate count`, err);
  }
}

function failure(fn: FunctionDef, action: string, err: unknown): FunctionResult<never> {
  if (err instanceof DomainError) return { ok: false, error: err.toBody() };
  console.error(`[${fn.name}.${action}]`, err);
  return fail('INTERNAL');
}

/** The platform itself, for timer triggers: no OPENID, no roles, no record (the colon keeps it apart from any openid). */
export const SYSTEM_CALLER: Caller = { openid: 'system:timer', user: null };

/** The actions of a function that a timer trigger runs (their rule declares a `timer`). */
export function timerActions(fn: FunctionDef): string[] {
  return Object.keys(fn.policy).filter((action) => fn.policy[action]?.timer !== undefined);
}

/**
 * A timer trigger's run: there is no person and no input, so there is nothing to authenticate or parse. Only the
 * actions whose rule declares a timer run this way (the trigger's name is the action), with empty input; every
 * other action stays behind runAction's identity and role checks. The CloudBase entry takes this path only for an
 * event without an OPENID, which WeChat always sets for a user's call, so no user can reach it.
 */
export async function runTimer(fn: FunctionDef, trigger: string, deps: Deps): Promise<FunctionResult<unknown>> {
  if (!hasAction(fn, trigger) || !fn.policy[trigger]?.timer) return fail('NOT_FOUND', '不支持的定时任务');
  try {
    const contract = fn.contract[trigger]!;
    const output = await fn.handle(trigger, { ...deps, caller: SYSTEM_CALLER }, parseAt(deps.clock.now(), () => contract.input.parse({})));
    return { ok: true, data: contract.output.parse(output) };
  } catch (err) {
    return failure(fn, trigger, err);
  }
}
