/**
 * "Now" for schemas whose windows are relative to today (a date not in the future, an activity within two years).
 * Pages parse with the device's clock; the server pins its own clock (the injected one, so tests move it) around
 * each parse. A zod parse is synchronous, so the pin cannot leak into another request's parse.
 */
let pinned: number | null = null;

export function validationNow(): number {
  return pinned ?? Date.now();
}

/** Runs a synchronous parse with "now" pinned to `now`. */
export function parseAt<T>(now: number, parse: () => T): T {
  const previous = pinned;
  pinned = now;
  try {
    return parse();
  } finally {
    pinned = previous;
  }
}
