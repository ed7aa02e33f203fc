import type { z } from 'zod';

/** One action of a cloud function: its input and output schemas. */
export interface ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}
export type FunctionContract = Record<string, ActionContract>;

export type ActionInput<C extends FunctionContract, A extends keyof C> = z.input<C[A]['input']>;
export type ActionOutput<C extends FunctionContract, A extends keyof C> = z.output<C[A]['output']>;
