import { startTestHost, type TestHost, type TestHostOptions } from '../../scripts/harness/test-host';

/**
 * One test host for the file: started in beforeAll, closed in afterAll. Returns a stand-in that forwards to the
 * running host, so a test file can name `host` at its top level; using it outside a test or hook says so.
 */
export function useTestHost(options: TestHostOptions = {}): TestHost {
  let running: TestHost | null = null;
  beforeAll(async () => {
    running = await startTestHost(options);
  });
  afterAll(async () => {
    await running?.close();
    running = null;
  });
  return forwardTo(() => running, 'the test host');
}

/** A proxy for an object that exists only while the file's tests run. */
export function forwardTo<T extends object>(current: () => T | null, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = current();
      if (!value) throw new Error(`${what} is started in beforeAll: use it inside a test or a hook`);
      const member = Reflect.get(value, key, value) as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(value) : member;
    },
  });
}
