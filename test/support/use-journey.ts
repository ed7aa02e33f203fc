import { startJourney, type Journey } from '../../scripts/harness/journey';
import type { TestHostOptions } from '../../scripts/harness/test-host';
import { useForAll } from './lifecycle';

/** Starting a host, Chromium and a phone takes a few seconds on a busy machine. */
const START_TIMEOUT_MS = 60_000;

/** One journey for the file: the host serving the H5 build, a browser and a phone's driver, started before its tests. */
export function useJourney(hostOptions: Omit<TestHostOptions, 'staticDir'> = {}): Journey {
  return useForAll('the journey', () => startJourney(hostOptions), (journey) => journey.stop(), START_TIMEOUT_MS);
}
