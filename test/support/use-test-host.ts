import { startTestHost, type TestHost, type TestHostOptions } from '../../scripts/harness/test-host';
import { useForAll } from './lifecycle';

/** One test host for the file: the real host on a fresh seeded SQLite file, started before its tests, closed after. */
export function useTestHost(options: TestHostOptions = {}): TestHost {
  return useForAll('the test host', () => startTestHost(options), (host) => host.close());
}
