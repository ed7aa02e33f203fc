import type { InboxItem } from '../../../types/functions/notify';
import { STAFF_NOTICE_KINDS, type NotificationKind } from '../../../types/notify';
import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { creditsOf, grantCredit } from './credits';
import { countUnread, findInbox, markInboxRead, type InboxDoc } from './inbox.repository';
import { templateIdsOf } from '../platform/notify-config';

const DEFAULT_PAGE = 20;
/** WeChat shows at most three templates in one requestSubscribeMessage. */
const MAX_TEMPLATES_PER_ASK = 3;

const toItem = (d: InboxDoc): InboxItem => ({ id: d._id, kind: d.kind, title: d.title, body: d.body, link: d.link, at: d.at, read: d.readAt !== null && d.readAt !== undefined });

/** The caller's own messages only: the recipient is the caller's OPENID, never an input. */
export async function listInbox(ctx: ActionContext, input: { cursor?: string | undefined; limit?: number | undefined }) {
  const limit = input.limit ?? DEFAULT_PAGE;
  // One more than asked tells whether there is a next page without a count.
  const docs = await findInbox(ctx.store, ctx.caller.openid, input.cursor, limit + 1);
  const page = docs.slice(0, limit);
  return { items: page.map(toItem), nextCursor: docs.length > limit ? (page[page.length - 1]?.key ?? null) : null };
}

export async function unreadCount(ctx: ActionContext) {
  return { count: await countUnread(ctx.store, ctx.caller.openid) };
}

export async function markRead(ctx: ActionContext, input: { ids?: string[] | undefined; all?: true | undefined }) {
  const updated = await markInboxRead(ctx.store, ctx.caller.openid, input.all ? 'all' : (input.ids ?? []), ctx.clock.now());
  return { updated, unread: await countUnread(ctx.store, ctx.caller.openid) };
}

/**
 * Records the templates the user just accepted: +1 credit per distinct template (kinds sharing a template count
 * once, as WeChat grants one send per accepted template). Kinds without a configured template are ignored.
 */
export async function grantSubscribe(ctx: ActionContext, input: { kinds: NotificationKind[] }) {
  const notify = ctx.config.notify;
  const templateIds = templateIdsOf(notify, input.kinds);
  if (templateIds.length > MAX_TEMPLATES_PER_ASK) {
    throw new DomainError('INVALID_INPUT', `一次最多订阅${MAX_TEMPLATES_PER_ASK}种消息模板`, { kinds: `一次最多订阅${MAX_TEMPLATES_PER_ASK}种消息模板` });
  }
  const now = ctx.clock.now();
  const after = new Map<string, number>();
  for (const id of templateIds) after.set(id, await grantCredit(ctx.store, ctx.caller.openid, id, now));
  const kinds = [...new Set(input.kinds)].filter((k) => notify.templates[k]);
  return { credits: kinds.map((kind) => ({ kind, credits: after.get(notify.templates[kind]!.templateId) ?? 0 })) };
}

/** The caller's staff notices by template, with the sends left (a long-term template needs only one acceptance). */
export async function staffSubscriptions(ctx: ActionContext) {
  const notify = ctx.config.notify;
  const kinds = [...new Set((ctx.caller.user?.roles ?? []).flatMap((g) => STAFF_NOTICE_KINDS[g.role] ?? []))];
  const byTemplate = new Map<string, NotificationKind[]>();
  for (const kind of kinds) {
    const id = notify.templates[kind]?.templateId;
    if (id) byTemplate.set(id, [...(byTemplate.get(id) ?? []), kind]);
  }
  const items = [];
  for (const [id, grouped] of byTemplate) {
    items.push({ kinds: grouped, longTerm: notify.templates[grouped[0]!]?.longTerm === true, credits: await creditsOf(ctx.store, ctx.caller.openid, id) });
  }
  return { items };
}
