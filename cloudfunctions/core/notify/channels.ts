import { isAlias } from '../kernel/alias';
import type { Clock } from '../kernel/clock';
import type { RawStore, Store } from '../store/port';
import { clearCredits, consumeCredit, creditsOf, refundCredit } from './credits';
import { deliverOnce, inboxKey, type InboxDoc } from './inbox.repository';
import type { NotifyConfig } from '../platform/notify-config';
import { enqueueNow, type Listed, type OutboxDoc } from './outbox';
import type { SendResult, SubscribeSender } from '../platform/subscribe-sender';
import { renderTemplate } from './template-data';

/** What the dispatcher needs to deliver: the store, the time, the template configuration and the sender port. */
export interface DispatchDeps {
  store: Store;
  clock: Clock;
  notify: NotifyConfig;
  sender: SubscribeSender;
}

/** How one delivery attempt ended; the dispatcher records it while it still holds the claim. */
export type Delivery =
  | { outcome: 'sent' }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'retry'; error: string }
  | { outcome: 'dead'; error: string };

/** In-app inbox, always: the inbox document takes the outbox id, so delivering twice leaves one message. */
export async function deliverToInbox(message: OutboxDoc, deps: DispatchDeps): Promise<Delivery> {
  const at = deps.clock.now();
  const doc: InboxDoc = {
    _id: message._id,
    recipient: message.recipient,
    kind: message.kind,
    title: message.title,
    body: message.body,
    link: message.link,
    at,
    key: inboxKey(at, message._id),
    readAt: null,
  };
  await deliverOnce(deps.store, doc);
  return { outcome: 'sent' };
}

/** `/pages/x/index?a=1` → `pages/x/index?a=1`, as subscribeMessage.send's `page` wants it. */
const pageOf = (link: string | null) => (link ? link.replace(/^\/+/, '') : undefined);

/**
 * WeChat subscribe message, only with a credit for the kind's template. The credit is taken before the send and
 * given back when the send did not reach the user; with none, the message is skipped and the inbox carries it.
 * A dispatcher dying between taking a credit and sending loses that credit: it errs towards one send fewer than
 * the user allowed, never one more. A long-term template (长期订阅) spends nothing: an acceptance on record is
 * enough, until WeChat says the user turned it off (43101), which clears it.
 */
export async function deliverToSubscribe(message: OutboxDoc, deps: DispatchDeps): Promise<Delivery> {
  const { store, clock, notify, sender } = deps;
  const template = notify.templates[message.kind];
  if (!template) return { outcome: 'skipped', reason: 'no_template' };
  const openid = message.recipient;
  const longTerm = template.longTerm === true;
  const allowed = longTerm ? (await creditsOf(store, openid, template.templateId)) > 0 : await consumeCredit(store, openid, template.templateId, clock.now());
  if (!allowed) return { outcome: 'skipped', reason: 'no_credit' };
  const refund = () => (longTerm ? Promise.resolve() : refundCredit(store, openid, template.templateId, clock.now()));

  const rendered = renderTemplate(template, message);
  if (!rendered.ok) {
    await refund();
    return { outcome: 'dead', error: rendered.error };
  }
  const page = pageOf(message.link);
  let result: SendResult;
  try {
    result = await sender.send({ id: message._id, touser: openid, templateId: template.templateId, ...(page ? { page } : {}), data: rendered.data, miniprogramState: notify.miniprogramState });
  } catch (err) {
    result = { ok: false as const, kind: 'transient' as const, message: err instanceof Error ? err.message : String(err) };
  }
  if (result.ok) return { outcome: 'sent' };
  if (result.kind === 'refused') {
    await clearCredits(store, openid, template.templateId, clock.now());
    return { outcome: 'skipped', reason: 'refused' };
  }
  await refund();
  return result.kind === 'permanent' ? { outcome: 'dead', error: result.message } : { outcome: 'retry', error: result.message };
}

/** Everyone a fan-out message names: the values of its list fields on the document, now, each once. */
async function listedNow(store: Store, listed: Listed): Promise<string[]> {
  // The list is named by collection and dotted field at run time, so it is read through the raw signatures.
  const doc = await (store as unknown as RawStore).get<{ _id: string } & Record<string, unknown>>(listed.collection, listed.id);
  if (!doc) return [];
  const read = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
  // An alias holding a deleted person's seat is nobody to tell.
  return [...new Set(listed.fields.flatMap((field) => read(field)).filter((v): v is string => typeof v === 'string' && !isAlias(v)))];
}

/**
 * A fan-out message becomes one message per person listed now, due at once, under the fan-out's event: written
 * insert-only, so a run that dies half-way and is repeated adds only those still missing.
 */
export async function deliverFanout(message: OutboxDoc, deps: DispatchDeps): Promise<Delivery> {
  if (!message.listed) return { outcome: 'dead', error: 'fan-out message without a list' };
  const now = deps.clock.now();
  const { event, kind, title, body, link, fields } = message;
  for (const recipient of await listedNow(deps.store, message.listed)) {
    await enqueueNow(deps.store, now, { event, recipient, kind, title, body, fields, ...(link ? { link } : {}) });
  }
  return { outcome: 'sent' };
}

