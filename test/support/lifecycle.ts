/**
 * Something a test file starts in a hook and stops after: `useForAll` around the whole file (beforeAll/afterAll),
 * `useForEach` around each test. Both return a stand-in that forwards to the running thing, so a file can name it
 * at its top level; touching it outside a test or hook says so.
 */
export function useForAll<T extends object>(what: string, start: () => Promise<T>, stop: (running: T) => Promise<void>, timeoutMs?: number): T {
  let running: T | null = null;
  beforeAll(async () => {
    running = await start();
  }, timeoutMs);
  afterAll(async () => {
    if (running) await stop(running);
    running = null;
  });
  return forwardTo(() => running, what);
}

export function useForEach<T extends object>(what: string, start: () => Promise<T>, stop: (running: T) => Promise<void>): T {
  let running: T | null = null;
  beforeEach(async () => {
    running = await start();
  });
  afterEach(async () => {
    if (running) await stop(running);
    running = null;
  });
  return forwardTo(() => running, what);
}

function forwardTo<T extends object>(current: () => T | null, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = current();
      if (!value) throw new Error(`${what} exists only while the tests run: use it inside a test or a hook`);
      const member = Reflect.get(value, key, value) as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(value) : member;
    },
  });
}
