/** Time source, injected so that tests can move time; production uses the system clock. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };
