import Taro from '@tarojs/taro';
import { call } from '../api/client';

/** Position of 我的 in the tab bar (src/app.config.ts), where the unread badge shows. */
const ME_TAB_INDEX = 2;

/**
 * Fetches the unread count and puts it on the 我的 tab as a badge (removed at zero). Returns the count for the
 * page's own badges. A failure leaves the badge as it was: the count is a hint, never worth an error message.
 */
export function refreshUnread(): Promise<number | null> {
  // A promise chain, not async/await: the mini-program build turns async functions into state machines, and this
  // runs on the main package's tab pages.
  return call('notify', 'unreadCount', {})
    .then(({ count }) => {
      const badge = count > 0 ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: count > 99 ? '99+' : String(count) }) : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
      // Outside a tab page the call fails; the next tab page shown sets it.
      return Promise.resolve(badge).then(
        () => count,
        () => count,
      );
    })
    .catch(() => null);
}
