import type { z } from 'zod';
import { DEFAULT_ERROR_MESSAGES, type ErrorBody, type FunctionResult } from '../../../types/errors';
import { hasAnyRole } from '../access/grants';
import { isTimerAction, ruleFor } from '../access/policy';
import { DomainError } from '../shared/domain-error';
import { findUser } from '../user/user.repository';
import type { Caller, Deps } from './context';
import type { FunctionDef } from './function-def';
import { isValidatedBy } from './validated';

export interface ActionEvent {
  action?: unknown;
  data?: unknown;
}

/** Distinguishes "no such action" so the local host can answer 404, as the contract asks. */
export function hasAction(fn: FunctionDef, action: unknown): action is string {
  return typeof action === 'string' && Object.prototype.hasOwnProperty.call(fn.contract, action);
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

/**
 * The whole life of one call, the same in CloudBase and in the local host:
 * resolve the caller, check the authorization table, parse the input once, run the handler, parse its output
 * (once: see validated.ts).
 */
export async function runAction(fn: FunctionDef, event: ActionEvent, openid: string | undefined, deps: Deps): Promise<FunctionResult<unknown>> {
  if (!openid) return fail('UNAUTHENTICATED');
  if (!hasAction(fn, event.action)) return fail('NOT_FOUND', '不支持的操作');
  const action = event.action;
  try {
    const caller = { openid, user: await findUser(deps.store, openid) };
    const rule = ruleFor(fn.name, action);
    if (!rule) return fail('FORBIDDEN');
    if (rule !== 'signedIn' && !hasAnyRole(caller, rule)) return fail('FORBIDDEN');

    const contract = fn.contract[action]!;
    const parsed = contract.input.safeParse(event.data ?? {});
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error);
      const first = Object.values(fields)[0];
      return fail('INVALID_INPUT', first && first !== '格式不正确' ? first : DEFAULT_ERROR_MESSAGES.INVALID_INPUT, fields);
    }
    const handler = fn.handlers[action]!;
    const output = await handler({ ...deps, caller }, parsed.data);
    // An answer the handler built with validatedOutput was parsed by this same schema then, and is frozen since.
    return { ok: true, data: isValidatedBy(contract.output, output) ? output : contract.output.parse(output) };
  } catch (err) {
    return failure(fn, action, err);
  }
}

function failure(fn: FunctionDef, action: string, err: unknown): FunctionResult<never> {
  if (err instanceof DomainError) return { ok: false, error: err.toBody() };
  console.error(`[${fn.name}.${action}]`, err);
  return fail('INTERNAL');
}

/** The platform itself, for timer triggers: no OPENID, no roles, no record (the colon keeps it apart from any openid). */
export const SYSTEM_CALLER: Caller = { openid: 'system:timer', user: null };

/**
 * A timer trigger's run: there is no person and no input, so there is nothing to authenticate or parse. Only the
 * actions listed in TIMER_ACTIONS run this way (the trigger's name is the action), with empty input; every other
 * action stays behind runAction's identity and role checks. The CloudBase entry takes this path only for an event
 * without an OPENID, which WeChat always sets for a user's call, so no user can reach it.
 */
export async function runTimer(fn: FunctionDef, trigger: string, deps: Deps): Promise<FunctionResult<unknown>> {
  if (!hasAction(fn, trigger) || !isTimerAction(fn.name, trigger)) return fail('NOT_FOUND', '不支持的定时任务');
  try {
    const contract = fn.contract[trigger]!;
    const output = await fn.handlers[trigger]!({ ...deps, caller: SYSTEM_CALLER }, contract.input.parse({}));
    return { ok: true, data: contract.output.parse(output) };
  } catch (err) {
    return failure(fn, trigger, err);
  }
}
