import type { Store, Update } from './port';

/**
 * How a collection holds people's data, declared by the feature that owns it (in `<feature>.personal-data.ts`) and
 * gathered in privacy/registry.ts (kept here, beside the collections, so that features declare theirs without importing
 * privacy/, which imports them all), typed over every collection: a collection added without a declaration fails tsc. A test
 * (test/integration/personal-data.test.ts) also scans stored documents for OPENIDs in collections declared as
 * holding nobody's, and for any trace of a person after their account is deleted.
 */
export type PersonalData<D> = HoldsNobody | HoldsPeople<D>;

export interface HoldsNobody {
  readonly holds: 'nobody';
  /** Why no OPENID can be found here (reviewed like code). */
  readonly why: string;
}

/** What an erasure knows: whose data, the alias their records take, and the time. */
export interface ErasureContext {
  store: Store;
  now: number;
  openid: string;
  /**
   * What replaces the OPENID where a record must stay for other people's sake (counts, attendance totals, someone
   * else's request history): random, kept on the person's record only while the erasure runs, so that it links
   * back to nobody once done.
   */
  alias: string;
}

/** How one document stops holding the person. */
export type Erasure<D> =
  /** Theirs alone: removed. */
  | { kind: 'delete' }
  /** Kept for others, with the person's fields anonymised in place. */
  | { kind: 'update'; update: Update<D> }
  /** Kept for others under a new id (the old one was built from the OPENID): written and the old one removed at once. */
  | { kind: 'move'; doc: D }
  /** Not yet: a feature's release path must run first (a seat held in an activity under way); the erasure resumes later. */
  | { kind: 'later' };

export interface HoldsPeople<D> {
  readonly holds: 'people';
  /** How the person's export names this part of their data, e.g. 活动报名. */
  readonly label: string;
  /** Where an OPENID sits in these documents: fields, dotted paths, array fields, or `_id` (built from it). */
  readonly fields: readonly string[];
  /** The person's documents (at most a page: the erasure asks again until none is left). */
  find(store: Store, openid: string): Promise<D[]>;
  /** What the person's export shows of one document: theirs, never anyone else's. */
  export(doc: D, openid: string): unknown;
  erase(doc: D, ctx: ErasureContext): Erasure<D> | Promise<Erasure<D>>;
  /**
   * Run before anything is erased: the feature's own release paths (a seat given up, the waiting list moving on),
   * never raw deletes of hot documents. False while something cannot be released yet.
   */
  release?(ctx: ErasureContext): Promise<boolean>;
}

/** Documents found by several queries, each once. */
export async function union<D extends { _id: string }>(...pages: Array<Promise<D[]>>): Promise<D[]> {
  const seen = new Map<string, D>();
  for (const page of await Promise.all(pages)) for (const doc of page) seen.set(doc._id, doc);
  return [...seen.values()];
}

/** How many of a person's documents one `find` of a declaration returns: the erasure asks again until none is left. */
export const ERASURE_PAGE = { limit: 500 } as const;

export const nobody = (why: string): HoldsNobody => ({ holds: 'nobody', why });
export const ERASED_NAME = '已注销用户';
export const remove = { kind: 'delete' } as const;
