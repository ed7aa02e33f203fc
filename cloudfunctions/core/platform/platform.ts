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
