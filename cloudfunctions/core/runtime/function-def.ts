import type { z } from 'zod';
import type { FunctionContract } from '../../../types/contract';
import type { ActionContext } from './context';

export type Handler<C extends FunctionContract, A extends keyof C> = (
  ctx: ActionContext,
  input: z.output<C[A]['input']>,
) => Promise<z.input<C[A]['output']>>;

/** A deployed function: its contract and one thin handler per action. */
export interface FunctionDef<C extends FunctionContract = FunctionContract> {
  name: string;
  contract: C;
  handlers: { [A in keyof C]: Handler<C, A> };
}

export function defineFunction<C extends FunctionContract>(name: string, contract: C, handlers: FunctionDef<C>['handlers']): FunctionDef<C> {
  return { name, contract, handlers };
}
