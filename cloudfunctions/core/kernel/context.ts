import type { Platform } from '../platform/platform';
import type { Store } from '../store/port';
import type { Clock } from './clock';
import type { AppConfig } from './config';
import type { UserDoc } from './users';

/** Who is calling: the OPENID from WeChat (or the dev token locally) and their stored record, if any. */
export interface Caller {
  openid: string;
  /** Null for someone who has never entered a community: treated as a new resident. */
  user: UserDoc | null;
}

/** Everything an action needs, built by the function entry; domain code receives only what it uses. */
export interface Deps {
  store: Store;
  clock: Clock;
  config: AppConfig;
  platform: Platform;
}

export interface ActionContext extends Deps {
  caller: Caller;
}
