import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import type { Deps } from '../../cloudfunctions/core/kernel/context';
import { runTimer, timerActions } from '../../cloudfunctions/core/kernel/run-action';

/** The timer triggers the host runs, as CloudBase's would: every action whose rule declares a timer (access/policy.ts). */
const TIMERS = Object.values(FUNCTIONS).flatMap((fn) => timerActions(fn).map((action) => ({ fn, action })));

export interface Timers {
  /** Stops the interval and waits for a run in progress, so the store can be closed after. */
  stop(): Promise<void>;
}

/**
 * Runs every timer trigger now and then every `seconds`, through the same runTimer entry CloudBase uses. A run
 * still going when the next is due is not doubled up.
 */
export function startTimers(deps: Deps, seconds: number): Timers {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const { fn, action } of TIMERS) {
        const result = await runTimer(fn, action, deps);
        if (!result.ok) console.error(`[timer ${fn.name}.${action}]`, result.error.message);
      }
    })()
      .catch((err: unknown) => console.error('[timer]', err))
      .finally(() => {
        running = null;
      });
  };
  const interval = setInterval(tick, seconds * 1000);
  tick();
  return {
    async stop() {
      clearInterval(interval);
      await running;
    },
  };
}
