import { newAlias } from '../kernel/alias';
import { findUser } from '../kernel/users';
import type { CollectionName, DocOf } from '../store/collections';
import type { Store } from '../store/port';
import type { Erasure, ErasureContext, HoldsPeople } from '../store/personal-data';
import { personalEntries } from './registry';

/**
 * Deleting an account (个人信息保护法 第四十七条), driven by the registry: every collection's own declaration says how
 * its documents stop holding the person. It can die at any step and be run again, by the person's retry or by the
 * timer (user.finishErasures), and it only ever moves forward:
 *  1. the person's record is marked (the erasure and a random alias, set once by one conditional update): from then
 *     on every other action refuses them, and a retry resumes with the same alias;
 *  2. the features' release paths run (seats given up, the waiting lists moving on);
 *  3. each collection's documents are deleted, or anonymised in place, or moved under the alias; a document already
 *     done no longer holds the OPENID and is not found again, so nothing is done twice;
 *  4. the person's record goes last, and with it the only link from the OPENID to the alias.
 * A step that cannot run yet (a seat checked in on before its activity starts) leaves the erasure pending.
 */
export type ErasureState = 'done' | 'pending';

export async function eraseAccount(store: Store, now: number, openid: string): Promise<ErasureState> {
  const ctx: ErasureContext = { store, now, openid, alias: await beginErasure(store, now, openid) };
  const entries = personalEntries();
  let settled = true;
  for (const { data } of entries) if (data.holds === 'people' && data.release && !(await data.release(ctx))) settled = false;
  for (const { name, data } of entries) {
    if (data.holds !== 'people' || name === 'users') continue;
    // The entry's name and declaration belong together (the registry's mapped type); the union cannot say so.
    if (!(await eraseAll(name as never, data as never, ctx))) settled = false;
  }
  if (!settled) return 'pending';
  await store.remove('users', openid);
  return 'done';
}

/** The alias of an erasure under way, or a new one recorded on the person's record by one conditional update. */
async function beginErasure(store: Store, now: number, openid: string): Promise<string> {
  const user = await findUser(store, openid);
  if (user?.erasure) return user.erasure.alias;
  const alias = newAlias();
  // Without a record nothing ties the OPENID to an alias, so any alias will do for what is left.
  if (!user) return alias;
  if ((await store.updateWhere('users', { _id: openid, erasure: null }, { set: { erasure: { requestedAt: now, alias } } })) === 1) return alias;
  return (await findUser(store, openid))?.erasure?.alias ?? alias;
}

/** Erases every document of one collection that holds the person; false when one has to wait. */
async function eraseAll<N extends CollectionName>(name: N, data: HoldsPeople<DocOf<N>>, ctx: ErasureContext): Promise<boolean> {
  const seen = new Set<string>();
  let settled = true;
  for (;;) {
    const docs = (await data.find(ctx.store, ctx.openid)).filter((d) => !seen.has(d._id));
    if (docs.length === 0) return settled;
    for (const doc of docs) {
      seen.add(doc._id);
      const step = await data.erase(doc, ctx);
      if (step.kind === 'later') settled = false;
      else await apply(ctx.store, name, doc, step);
    }
  }
}

async function apply<N extends CollectionName>(store: Store, name: N, doc: DocOf<N>, step: Exclude<Erasure<DocOf<N>>, { kind: 'later' }>): Promise<void> {
  if (step.kind === 'delete') await store.remove(name, doc._id);
  else if (step.kind === 'update') await store.update(name, doc._id, step.update);
  else {
    await store.transaction(async (tx) => {
      await tx.put(name, step.doc);
      await tx.remove(name, doc._id);
    });
  }
}

/** Erasures a dying function left pending (or that had to wait), resumed by the timer a minute after they began. */
export async function finishErasures(store: Store, now: number): Promise<{ resumed: number; done: number }> {
  const waiting = await store.find('users', { 'erasure.requestedAt': { $lte: now - 60_000 } }, { limit: 50 });
  let done = 0;
  for (const user of waiting) if ((await eraseAccount(store, now, user._id)) === 'done') done++;
  return { resumed: waiting.length, done };
}
