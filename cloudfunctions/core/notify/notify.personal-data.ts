import { remove, type HoldsPeople } from '../store/personal-data';
import type { Store } from '../store/port';
import { CREDITS, type CreditDoc } from './credits';
import { INBOX, type InboxDoc } from './inbox.repository';
import { OUTBOX, type OutboxDoc } from './outbox';
import { REPEATS, type RepeatDoc } from './repeats';

const PAGE = { limit: 1000 };

/** Messages to the person (sent or not) go: nobody is left to tell. A fan-out names a list, not a person. */
const outbox: HoldsPeople<OutboxDoc> = {
  holds: 'people',
  label: '发给您的通知（发送记录）',
  fields: ['recipient'],
  find: (store, openid) => store.find(OUTBOX, { recipient: openid }, PAGE),
  export: (m) => ({ kind: m.kind, channel: m.channel, title: m.title, body: m.body, createdAt: m.createdAt, status: m.status, sentAt: m.sentAt }),
  erase: () => remove,
};

const inbox: HoldsPeople<InboxDoc> = {
  holds: 'people',
  label: '消息',
  fields: ['recipient'],
  find: (store, openid) => store.find(INBOX, { recipient: openid }, PAGE),
  export: (m) => ({ kind: m.kind, title: m.title, body: m.body, at: m.at, readAt: m.readAt }),
  erase: () => remove,
};

const notice_repeats: HoldsPeople<RepeatDoc> = {
  holds: 'people',
  label: '重复通知的去重记录',
  fields: ['recipient'],
  find: (store: Store, openid) => store.find(REPEATS, { recipient: openid }, PAGE),
  export: (r) => ({ lastSentAt: r.at }),
  erase: () => remove,
};

const subscribe_credits: HoldsPeople<CreditDoc> = {
  holds: 'people',
  label: '订阅消息授权次数',
  fields: ['_id', 'openid'],
  find: (store, openid) => store.find(CREDITS, { openid }, PAGE),
  export: (c) => ({ templateId: c.templateId, credits: c.credits }),
  erase: () => remove,
};

export const NOTIFY_PERSONAL_DATA = { outbox, inbox, notice_repeats, subscribe_credits } as const;
