import type { Browser } from 'playwright-core';
import { launchBrowser, phoneContext } from './browser';
import type { JourneyDriver } from './journey-driver';
import { PlaywrightDriver } from './playwright-driver';
import { startTestHost, type TestHost, type TestHostOptions } from './test-host';

/**
 * What every journey starts from: the local host, and phones running the app against it. Journeys see phones as
 * JourneyDrivers only, so that they run on any platform; `startJourney` hands its H5 drivers to benchmarks.
 */
export interface Journey<D extends JourneyDriver = JourneyDriver> {
  /** The local host the app talks to, in the test's hands: its store, clock and timers, and direct calls. */
  host: TestHost;
  /** The first phone. */
  driver: D;
  /** Another phone (its own storage, so its own sign-in), e.g. for a second person; closed with the journey. */
  phone(): Promise<D>;
  stop(): Promise<void>;
}

/** The host serving the H5 build, headless Chromium, and one phone on it. */
export async function startJourney(hostOptions: Omit<TestHostOptions, 'staticDir'> = {}): Promise<Journey<PlaywrightDriver>> {
  const host = await startTestHost({ ...hostOptions, staticDir: true });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const started = browser;
    const phone = async () => PlaywrightDriver.start(await phoneContext(started), host.url);
    const driver = await phone();
    return {
      host,
      driver,
      phone,
      async stop() {
        await started.close();
        await host.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await host.close();
    throw err;
  }
}
