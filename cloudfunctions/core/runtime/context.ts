import type { Clock } from '../shared/clock';
import type { AppConfig } from './config';
import type { SubscribeSender } from '../notify/subscribe-sender';
import type { Store } from '../store/port';
import type { UserDoc } from '../user/user.repository';

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
  /** WeChat subscribe messages: CloudBase's openapi in production, a log file in DATA_DIR locally. */
  subscribeSender: SubscribeSender;
}

export interface ActionContext extends Deps {
  caller: Caller;
}
