import type { z } from 'zod';
import type { FunctionContract } from '../../../types/contract';
import type { Rule } from './authorize';
import type { ActionContext } from './context';

export type Handler<C extends FunctionContract, A extends keyof C> = (ctx: ActionContext, input: z.output<C[A]['input']>) => Promise<z.input<C[A]['output']>>;

/**
 * A deployed function as the runtime sees it: its contract, the authorization rule of each action, and one entry
 * that runs an action's handler on input already parsed with that action's schema. Not generic, so the host and
 * the CloudBase entries hold any function without a cast; `defineFunction` keeps the handlers typed.
 */
export interface FunctionDef {
  readonly name: string;
  readonly contract: FunctionContract;
  readonly policy: Readonly<Record<string, Rule>>;
  handle(action: string, ctx: ActionContext, input: unknown): Promise<unknown>;
}

/** Distinguishes "no such action" (an own key of the contract only: `constructor` is not an action). */
export function hasAction(fn: FunctionDef, action: unknown): action is string {
  return typeof action === 'string' && Object.hasOwn(fn.contract, action);
}

export function defineFunction<C extends FunctionContract>(
  name: string,
  contract: C,
  policy: { readonly [A in keyof C]: Rule },
  handlers: { [A in keyof C]: Handler<C, A> },
): FunctionDef {
  return {
    name,
    contract,
    policy,
    // The caller parsed `input` with contract[action].input: that is what makes the handler's parameter type true.
    handle: (action, ctx, input) => handlers[action as keyof C](ctx, input as z.output<C[keyof C]['input']>),
  };
}
