import { join } from 'node:path';
import { WordListContentCheck } from './local-content-check';
import { LogSubscribeSender, SUBSCRIBE_LOG } from './log-subscribe-sender';
import type { Platform } from './platform';

/** The local host's stand-ins for WeChat's services, kept in DATA_DIR: nothing leaves the machine. */
export interface LocalPlatform extends Platform {
  subscribe: LogSubscribeSender;
}

export function localPlatform(dataDir: string): LocalPlatform {
  return { subscribe: new LogSubscribeSender(join(dataDir, SUBSCRIBE_LOG)), contentCheck: new WordListContentCheck() };
}
