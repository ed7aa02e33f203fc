import type { DispatchDeps } from '../notify/channels';
import { dispatchDue } from '../notify/dispatcher';
import { enqueue, type NotificationInput } from '../notify/outbox';
import { DEMO_USERS } from './demo-users';

/** A welcome in every demo account's inbox, and a reminder with a deep link for 西园's residents. */
export const DEMO_NOTIFICATIONS: NotificationInput[] = [
  ...DEMO_USERS.map((u) => ({
    event: 'demo:welcome',
    recipient: u._id,
    kind: 'community_notice' as const,
    title: '欢迎使用社区服务通',
    body: '预约、报名和诉求办理的进度都会在这里通知您。在微信中使用时，允许订阅消息即可同时收到微信提醒。',
    link: '/pages/catalog/index',
  })),
  // 西园's own notice: to its residents only.
  ...DEMO_USERS.filter((u) => u.roles.every((r) => r.role === 'resident') && u.communityId === 'cm-xiyuan').map((u) => ({
    event: 'demo:dibao-review',
    recipient: u._id,
    kind: 'community_notice' as const,
    title: '最低生活保障年度复核提醒',
    body: '西园社区将于下月开展低保年度复核，享受低保的家庭请提前准备收入和财产材料，点击查看办理指南。',
    link: '/pages/item/index?code=MS-01',
  })),
];

/**
 * Seeds the demo messages the way every feature notifies: written to the outbox in one transaction, then sent by
 * a dispatcher run. Repeating it changes nothing (the outbox ids are deterministic).
 */
export async function seedDemoNotifications(deps: DispatchDeps): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    for (const n of DEMO_NOTIFICATIONS) await enqueue(tx, now, n);
  });
  // A run handles one batch; go on until nothing due is left (a failure waits for its backoff, ending the loop).
  for (let run = 0; run < 10 && (await dispatchDue(deps)).claimed > 0; run++);
}
