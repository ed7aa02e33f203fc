import type { ContentCheck } from './content-check';
import type { Files } from './files';
import type { MediaCheck } from './media-check';
import type { MiniCode } from './mini-code';
import type { SubscribeSender } from './subscribe-sender';

/**
 * WeChat's platform services that functions use besides the database, each behind a port: CloudBase's openapi in
 * production (platform/cloudbase-*), local stand-ins in the host and tests (platform/log-*, …). Domain code receives
 * the ports, never the SDK.
 */
export interface Platform {
  /** One-time subscribe messages (subscribeMessage.send). */
  subscribe: SubscribeSender;
  /** Content security for user text (security.msgSecCheck). */
  contentCheck: ContentCheck;
  /** Cloud storage: photos users upload, images the server makes. */
  files: Files;
  /** Content security for photos (security.mediaCheckAsync). */
  mediaCheck: MediaCheck;
  /** Mini-program codes (wxacode.getUnlimited). */
  miniCode: MiniCode;
}

/**
 * How a port's CloudBase adapter is made, and the WeChat open APIs (云调用) it calls: CloudBase refuses a call that
 * the function's config.json does not list under `permissions.openapi`, so the build lists, for each function, the
 * open APIs of the adapters its bundle includes (scripts/build-functions.ts). `cloud` is wx-server-sdk, narrowed by
 * each adapter to the calls it makes.
 */
export interface CloudAdapter<P, Sdk = never> {
  readonly openapi: readonly string[];
  create(cloud: Sdk): P;
}
