import Taro from '@tarojs/taro';
import type { NotificationKind } from '../../types/notify';
import { call } from '../api/client';

/** WeChat shows at most three templates in one request. */
const MAX_PER_ASK = 3;

/**
 * Asks the user to accept WeChat subscribe messages for these kinds, at the moment it matters (booking, signup,
 * request submitted), and reports the accepted ones to the server: each acceptance is one send credit for its
 * template. Must be called from a tap handler (WeChat refuses the dialog otherwise). Returns the accepted kinds.
 *
 * In H5 (the local host's browser build) there are no subscribe messages: it does nothing and returns [], and the
 * in-app inbox alone carries notifications. Declining, or a failure, is never an error for the caller's flow.
 */
export async function askSubscribe(kinds: NotificationKind[]): Promise<NotificationKind[]> {
  if (process.env.TARO_ENV !== 'weapp') return [];
  const byTemplate = new Map<string, NotificationKind[]>();
  for (const kind of kinds) {
    const id = NOTIFY_TEMPLATE_IDS[kind];
    if (id) byTemplate.set(id, [...(byTemplate.get(id) ?? []), kind]);
  }
  const tmplIds = [...byTemplate.keys()].slice(0, MAX_PER_ASK);
  if (tmplIds.length === 0) return [];
  try {
    // entityIds is Alipay's field; Taro's typings ask for it, WeChat ignores it.
    // The answer maps each template id to 'accept', 'reject', 'ban' or 'filter'.
    const res = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, string>;
    const accepted = tmplIds.filter((id) => res[id] === 'accept').flatMap((id) => byTemplate.get(id) ?? []);
    if (accepted.length > 0) await call('notify', 'grantSubscribe', { kinds: accepted });
    return accepted;
  } catch {
    return [];
  }
}
