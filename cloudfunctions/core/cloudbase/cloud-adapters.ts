import { contentCheckAdapter } from '../platform/cloudbase-content-check';
import { filesAdapter } from '../platform/cloudbase-files';
import { mediaCheckAdapter } from '../platform/cloudbase-media-check';
import { miniCodeAdapter } from '../platform/cloudbase-mini-code';
import { subscribeAdapter } from '../platform/cloudbase-subscribe-sender';
import type { CloudAdapter, Platform } from '../platform/platform';

/**
 * The CloudBase adapter of every platform port (a port without one fails `tsc`). The function bundler replaces this
 * module, for each function, by one listing only the ports that function's code reads (scripts/function-ports.ts),
 * so a bundle carries only the adapters it uses and its config.json grants only their open APIs. Keep it a plain
 * list of imports and one object of `port: adapter` entries: the bundler reads it.
 */
export const CLOUD_ADAPTERS = {
  subscribe: subscribeAdapter,
  contentCheck: contentCheckAdapter,
  files: filesAdapter,
  mediaCheck: mediaCheckAdapter,
  miniCode: miniCodeAdapter,
} as const satisfies { readonly [P in keyof Platform]: CloudAdapter<Platform[P], never> };

type SdkOf<A> = A extends CloudAdapter<unknown, infer S> ? S : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** What wx-server-sdk must offer for every adapter: the intersection of what each one calls. */
export type AdaptersSdk = Intersection<SdkOf<(typeof CLOUD_ADAPTERS)[keyof typeof CLOUD_ADAPTERS]>>;
