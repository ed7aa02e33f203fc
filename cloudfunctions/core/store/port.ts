/**
 * The storage port: a small document-store contract that both CloudBase's database and SQLite can honour
 * faithfully. Domain code talks only to this; adapters translate.
 */

export type Scalar = string | number | boolean | null;

/** Conditions on one field (a dotted path). Several conditions on one field are AND-ed. */
export interface FieldOps {
  $eq?: Scalar;
  $ne?: Scalar;
  $in?: Scalar[];
  $nin?: Scalar[];
  $gt?: number | string;
  $gte?: number | string;
  $lt?: number | string;
  $lte?: number | string;
  $exists?: boolean;
  /** The field is an array holding this value. */
  $has?: Scalar;
}
export type Condition = Scalar | FieldOps;
/** Fields are AND-ed. `null` matches a null or missing field (MongoDB semantics, as CloudBase). */
export type Filter = Record<string, Condition>;

export type SortDirection = 'asc' | 'desc';
export interface FindOptions {
  orderBy?: Array<[field: string, direction: SortDirection]>;
  limit?: number;
  skip?: number;
}

/** A partial update: set fields (dotted paths allowed), increment numbers, remove fields. */
export interface Update {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
  unset?: string[];
}

export interface BaseDoc {
  _id: string;
}

/** Operations available inside a transaction. CloudBase allows only single-document operations there. */
export interface TxOps {
  get<T extends BaseDoc>(collection: string, id: string): Promise<T | null>;
  /** Fails with DuplicateKeyError when the id exists. */
  insert<T extends BaseDoc>(collection: string, doc: T): Promise<void>;
  /** Replaces the whole document (creates it when absent). */
  put<T extends BaseDoc>(collection: string, doc: T): Promise<void>;
  /** Returns false when the document does not exist. */
  update(collection: string, id: string, update: Update): Promise<boolean>;
  remove(collection: string, id: string): Promise<boolean>;
}

export interface Store extends TxOps {
  find<T extends BaseDoc>(collection: string, filter?: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter?: Filter): Promise<number>;
  /**
   * One atomic conditional update: every document matching the filter is updated and the number
   * updated is returned. This is how seats and slots are taken without read-then-write races.
   */
  updateWhere(collection: string, filter: Filter, update: Update): Promise<number>;
  removeWhere(collection: string, filter: Filter): Promise<number>;
  /** Runs fn atomically; a throw rolls every write in it back. */
  transaction<R>(fn: (tx: TxOps) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** Thrown by insert when the id is taken; a unique key is expressed as a deterministic id. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`duplicate id ${id} in ${collection}`);
    this.name = 'DuplicateKeyError';
  }
}

/** Largest page any find may return; CloudBase's server SDK caps a get at 1000. */
export const MAX_PAGE = 1000;
