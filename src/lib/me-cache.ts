import Taro from '@tarojs/taro';
import type { Me } from '../../types/functions/user';
import { session } from '../api/session';

/**
 * The last `user.me` answer, so that 首页 opens at once and with no network. Kept with the session it belongs
 * to (the local host's dev token; in WeChat there is one identity per device), so another sign-in never sees it.
 */
const KEY = 'me.cached';

export function cachedMe(): Me | null {
  try {
    const saved = Taro.getStorageSync(KEY) as { token: string | null; me: Me } | '';
    return saved && saved.token === session.token() ? saved.me : null;
  } catch {
    return null;
  }
}

export function saveMe(me: Me): void {
  try {
    Taro.setStorageSync(KEY, { token: session.token(), me });
  } catch {
    // the cache is an optimisation
  }
}
