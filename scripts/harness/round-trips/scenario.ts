import { FUNCTIONS } from '../../../cloudfunctions/core/functions';
import { runAction, runTimer } from '../../../cloudfunctions/core/kernel/run-action';
import type { ActionName, Contracts, FunctionName, InputOf, OutputOf } from '../../../types/api';
import type { ErrorCode, FunctionResult } from '../../../types/errors';
import { CountingStore, storeCalls, type RoundTrips, type StoreCall } from '../counting-store';
import type { World, Worlds } from './world';

/** The caller of a timer-triggered action: the trigger itself, through runTimer, with no person and no input. */
export const TIMER = Symbol('timer');

/**
 * One way through an action, measured on a freshly seeded store: who calls, with what input (built by `input` on
 * the store, uncounted), how many store calls it may make, and what it must answer (so that a budget is never met
 * by failing early). `check` names what the answer must show about the path taken, or returns null.
 */
export interface Scenario<F extends FunctionName, A extends ActionName<F>> {
  caller: string | typeof TIMER;
  input: (world: World) => Promise<InputOf<F, A>> | InputOf<F, A>;
  /** Store calls allowed (each one database request; see counting-store.ts). */
  budget: number;
  /** The error this path ends in on purpose (FULL for a full activity); absent: it must succeed. */
  expect?: ErrorCode;
  check?: (data: OutputOf<F, A>) => string | null;
  /**
   * The instance has served the same call before, so what it keeps per instance (the catalog, a grid map) is warm:
   * the call is made once uncounted on the same store first. For reads only.
   */
  warm?: boolean;
  /** What the budget pays for, where that is worth saying (printed beside the figures). */
  note?: string;
}

/** Named paths through one action; a single path is named '' (shown as the action alone). */
export type Variants<F extends FunctionName, A extends ActionName<F>> = Readonly<Record<string, Scenario<F, A>>>;

/** Every action of every function with its scenarios, keyed as access/policy.ts is: an action without one fails tsc. */
export type ScenarioTable = { readonly [F in keyof Contracts]: { readonly [A in ActionName<F>]: Variants<F, A> } };

export interface Measured {
  fn: FunctionName;
  action: string;
  variant: string;
  budget: number;
  note: string | null;
  trips: RoundTrips;
  calls: readonly StoreCall[];
  /** What went wrong besides the budget: the wrong outcome, or a failed check. */
  problem: string | null;
}

export const label = (m: Pick<Measured, 'fn' | 'action' | 'variant'>) => `${m.fn}.${m.action}${m.variant ? ` · ${m.variant}` : ''}`;
export const withinBudget = (m: Measured) => storeCalls(m.trips) <= m.budget;

type AnyScenario = Scenario<FunctionName, never>;

/** Every scenario of the table, in its order, with its function, action and variant names. */
export function scenariosOf(table: ScenarioTable): Array<{ fn: FunctionName; action: string; variant: string; scenario: AnyScenario }> {
  const out: Array<{ fn: FunctionName; action: string; variant: string; scenario: AnyScenario }> = [];
  for (const fn of Object.keys(table) as FunctionName[]) {
    const actions = table[fn] as Record<string, Record<string, AnyScenario>>;
    for (const [action, variants] of Object.entries(actions)) {
      for (const [variant, scenario] of Object.entries(variants)) out.push({ fn, action, variant, scenario });
    }
  }
  return out;
}

/** Runs one scenario in a world of its own: setup uncounted, then the action through runAction (or runTimer), counted. */
export async function measure(worlds: Worlds, fn: FunctionName, action: string, variant: string, scenario: AnyScenario): Promise<Measured> {
  const world = await worlds.open();
  try {
    // A timer run takes no input: its scenario's `input` only sets the store up.
    const input = await scenario.input(world);
    const counting = new CountingStore(world.store);
    const deps = { ...world.deps, store: counting };
    const def = FUNCTIONS[fn];
    const caller = scenario.caller;
    const run = (): Promise<FunctionResult<unknown>> => (caller === TIMER ? runTimer(def, action, deps) : runAction(def, { action, data: input }, caller, deps));
    if (scenario.warm) {
      await run();
      counting.reset();
    }
    const result = await run();
    return { fn, action, variant, budget: scenario.budget, note: scenario.note ?? null, trips: counting.counts, calls: counting.calls, problem: problemWith(scenario, result) };
  } finally {
    await world.close();
  }
}

function problemWith(scenario: AnyScenario, result: FunctionResult<unknown>): string | null {
  if (!result.ok) return scenario.expect === result.error.code ? null : `answered ${result.error.code} ${result.error.message}${scenario.expect ? `, expected ${scenario.expect}` : ''}`;
  if (scenario.expect) return `succeeded, expected ${scenario.expect}`;
  return scenario.check?.(result.data as never) ?? null;
}

/** Measures every scenario of the table, one after another (each on its own copy of the seeded store). */
export async function measureAll(worlds: Worlds, table: ScenarioTable): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const s of scenariosOf(table)) out.push(await measure(worlds, s.fn, s.action, s.variant, s.scenario));
  return out;
}
