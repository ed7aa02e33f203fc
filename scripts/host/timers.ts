import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import type { Deps } from '../../cloudfunctions/core/runtime/context';
import { runTimer } from '../../cloudfunctions/core/runtime/run-action';

/** The timer triggers the host runs, as CloudBase's config.json triggers would: function → trigger (= action). */
const TIMERS: Array<[fn: string, trigger: string]> = [['notify', 'dispatch']];

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
      for (const [name, trigger] of TIMERS) {
        const fn = FUNCTIONS[name];
        if (!fn) continue;
        const result = await runTimer(fn, trigger, deps);
        if (!result.ok) console.error(`[timer ${name}.${trigger}]`, result.error.message);
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
