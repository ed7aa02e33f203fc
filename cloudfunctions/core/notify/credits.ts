import { DuplicateKeyError, type Store } from '../store/port';

/**
 * Send credits for WeChat one-time subscribe messages. Each "accept" in requestSubscribeMessage lets the app send
 * that template to that user once, so credits are counted per (user, template): several kinds may share one
 * template, and one acceptance of it is one send whichever kind uses it. Every change is one conditional update.
 */
export const CREDITS = 'subscribe_credits';
/** Acceptances pile up in WeChat; we keep at most this many, so a looping client cannot inflate the count. */
export const MAX_CREDITS = 10;

export interface CreditDoc {
  /** `${openid}:${templateId}` */
  _id: string;
  openid: string;
  templateId: string;
  credits: number;
  updatedAt: number;
}

export const creditId = (openid: string, templateId: string) => `${openid}:${templateId}`;

/** Adds one credit (up to MAX_CREDITS) and returns the count after. */
export async function grantCredit(store: Store, openid: string, templateId: string, now: number): Promise<number> {
  const _id = creditId(openid, templateId);
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await store.updateWhere(CREDITS, { _id, credits: { $lt: MAX_CREDITS } }, { inc: { credits: 1 }, set: { updatedAt: now } })) === 1) {
      return (await store.get(CREDITS, _id))?.credits ?? 1;
    }
    const existing = await store.get(CREDITS, _id);
    if (existing) return existing.credits; // at the cap
    try {
      await store.insert(CREDITS, { _id, openid, templateId, credits: 1, updatedAt: now });
      return 1;
    } catch (err) {
      // Another grant created it first: go round and increment it.
      if (!(err instanceof DuplicateKeyError)) throw err;
    }
  }
  throw new Error(`could not grant a credit for ${_id}`);
}

/** Takes one credit if there is one; never goes below zero, whoever else is sending. */
export async function consumeCredit(store: Store, openid: string, templateId: string, now: number): Promise<boolean> {
  const taken = await store.updateWhere(CREDITS, { _id: creditId(openid, templateId), credits: { $gt: 0 } }, { inc: { credits: -1 }, set: { updatedAt: now } });
  return taken === 1;
}

/** Gives back a credit taken for a send that did not reach the user. */
export async function refundCredit(store: Store, openid: string, templateId: string, now: number): Promise<void> {
  await store.updateWhere(CREDITS, { _id: creditId(openid, templateId), credits: { $lt: MAX_CREDITS } }, { inc: { credits: 1 }, set: { updatedAt: now } });
}

/** WeChat says the user has no subscription left (43101): our count was stale, so forget it. */
export async function clearCredits(store: Store, openid: string, templateId: string, now: number): Promise<void> {
  await store.updateWhere(CREDITS, { _id: creditId(openid, templateId) }, { set: { credits: 0, updatedAt: now } });
}

export async function creditsOf(store: Store, openid: string, templateId: string): Promise<number> {
  return (await store.get(CREDITS, creditId(openid, templateId)))?.credits ?? 0;
}

declare module '../store/collections' {
  interface CollectionDocs {
    subscribe_credits: CreditDoc;
  }
}
