import { join } from 'node:path';
import { WordListContentCheck } from './local-content-check';
import { LocalFiles } from './local-files';
import { MarkerMediaCheck } from './local-media-check';
import { LogSubscribeSender, SUBSCRIBE_LOG } from './log-subscribe-sender';
import type { Platform } from './platform';

/** The local host's stand-ins for WeChat's services, kept in DATA_DIR: nothing leaves the machine. */
export interface LocalPlatform extends Platform {
  subscribe: LogSubscribeSender;
  files: LocalFiles;
}

/** Uploaded files live in this folder of DATA_DIR. */
export const UPLOADS_DIR = 'uploads';

/** `secret` signs the short-lived file URLs (the host's dev secret). */
export function localPlatform(dataDir: string, secret: string): LocalPlatform {
  const files = new LocalFiles(join(dataDir, UPLOADS_DIR), secret);
  return {
    subscribe: new LogSubscribeSender(join(dataDir, SUBSCRIBE_LOG)),
    contentCheck: new WordListContentCheck(),
    files,
    mediaCheck: new MarkerMediaCheck(files),
    // No mini-program codes without WeChat: pages draw the H5 link as a QR code.
    miniCode: { unlimited: async () => null },
  };
}
