import { startDevtoolsJourney } from '../../scripts/harness/devtools-journey';
import { startJourney, type Journey } from '../../scripts/harness/journey';
import type { TestHostOptions } from '../../scripts/harness/test-host';
import { useForAll } from './lifecycle';

/** Starting a host, a browser or DevTools, and a phone takes a few seconds on a busy machine (DevTools more). */
const START_TIMEOUT_MS = 120_000;

/**
 * One journey for the file: the host and a phone's driver, started before its tests. On the H5 build in headless
 * Chromium (npm test), or, with JOURNEY_DRIVER=devtools (npm run test:devtools), on the weapp build in WeChat DevTools.
 */
export function useJourney(hostOptions: Omit<TestHostOptions, 'staticDir' | 'port'> = {}): Journey {
  const start = (): Promise<Journey> => (process.env.JOURNEY_DRIVER === 'devtools' ? startDevtoolsJourney(hostOptions) : startJourney(hostOptions));
  return useForAll('the journey', start, (journey) => journey.stop(), START_TIMEOUT_MS);
}
