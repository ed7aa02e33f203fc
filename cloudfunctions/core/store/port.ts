import type { CollectionName, DocOf, NestedPath } from './collections';

/**
 * The storage port: a small document-store contract that both CloudBase's database and SQLite can honour
 * faithfully. Domain code talks only to this; adapters translate. Collections are named by their public name and
 * each name carries its document type (store/collections.ts), so a filter, an update or a sort key that names a
 * field the document does not have fails `tsc`.
 */

export type Scalar = string | number | boolean | null;

/** Conditions on one field. Several conditions on one field are AND-ed. */
export interface FieldOps<V extends Scalar = Scalar> {
  $eq?: V | null;
  $ne?: V | null;
  $in?: readonly V[];
  $nin?: readonly V[];
  $gt?: V & (number | string);
  $gte?: V & (number | string);
  $lt?: V & (number | string);
  $lte?: V & (number | string);
  $exists?: boolean;
  /** The field is an array holding this value. */
  $has?: Scalar;
  /** The field is missing, or an array not holding this value. */
  $hasNot?: Scalar;
  /** The field is an array holding at least one of these values. */
  $hasAny?: readonly Scalar[];
}
export type Condition = Scalar | FieldOps;


type Present<V> = Exclude<V, undefined>;
type ElementOf<V> = V extends readonly (infer E)[] ? E : never;
/** What may be asked of one field, by the field's type: arrays by element, scalars by value, objects by presence. */
export type FieldCondition<V> = [Present<V>] extends [readonly unknown[]]
  ? { $has?: ElementOf<Present<V>> & Scalar; $hasNot?: ElementOf<Present<V>> & Scalar; $hasAny?: ReadonlyArray<ElementOf<Present<V>> & Scalar>; $exists?: boolean } | null
  : [Present<V>] extends [Scalar]
    ? Present<V> | null | FieldOps<Present<V>>
    : { $exists?: boolean } | null;

/**
 * Fields are AND-ed. `null` matches a null or missing field (MongoDB semantics, as CloudBase). A collection that
 * holds several kinds of document (a union) takes a filter over any one kind's fields.
 */
export type Filter<D> = D extends unknown ? { [K in keyof D & string]?: FieldCondition<D[K]> } & { [path: NestedPath]: Condition | undefined } : never;

export type SortDirection = 'asc' | 'desc';
export interface FindOptions<D> {
  orderBy?: Array<[field: (D extends unknown ? keyof D & string : never) | NestedPath, direction: SortDirection]>;
  limit?: number;
  skip?: number;
}

type NumberKeys<D> = { [K in keyof D & string]-?: Present<D[K]> extends number ? K : never }[keyof D & string];
type ArrayKeys<D> = { [K in keyof D & string]-?: Present<D[K]> extends readonly unknown[] ? K : never }[keyof D & string];
type OptionalKeys<D> = { [K in keyof D & string]-?: undefined extends D[K] ? K : never }[keyof D & string];

/**
 * A partial update: set fields (dotted paths allowed), increment numbers, remove optional fields, append values to an
 * array (`push`, creating it when missing) or remove every element equal to a value (`pull`). All parts of one
 * update apply atomically, together with the filter of an updateWhere: this is how a seat is taken and its holder
 * recorded in a single step.
 */
export type Update<D> = D extends unknown ? UpdateOf<D> : never;
interface UpdateOf<D> {
  set?: { [K in Exclude<keyof D, '_id'> & string]?: D[K] } & { [path: NestedPath]: unknown };
  inc?: { [K in NumberKeys<D>]?: number } & { [path: NestedPath]: number };
  unset?: Array<OptionalKeys<D> | NestedPath>;
  push?: { [K in ArrayKeys<D>]?: ReadonlyArray<ElementOf<Present<D[K]>>> };
  pull?: { [K in ArrayKeys<D>]?: ElementOf<Present<D[K]>> & Scalar };
}

/** One conditional update of updateEach. */
export type Conditional<D> = { filter: Filter<D>; update: Update<D> };

/** How many of updateEach's updates the CloudBase adapter has in flight at once. */
export const UPDATE_EACH_PARALLEL = 20;

export interface BaseDoc {
  _id: string;
}

/** Operations available inside a transaction. CloudBase allows only single-document operations there. */
export interface TxOps {
  get<N extends CollectionName>(collection: N, id: string): Promise<DocOf<N> | null>;
  /** Fails with DuplicateKeyError when the id exists; inside a transaction the caller may catch it and carry on. */
  insert<N extends CollectionName>(collection: N, doc: DocOf<N>): Promise<void>;
  /**
   * Inserts a document the caller expects to be new, in one request. When the id is taken it throws
   * DuplicateKeyError and, inside a transaction, the whole transaction is lost with it (CloudBase aborts a
   * transaction on any failed write): for writes under deterministic ids where a duplicate means "already done".
   */
  create<N extends CollectionName>(collection: N, doc: DocOf<N>): Promise<void>;
  /** Replaces the whole document (creates it when absent). */
  put<N extends CollectionName>(collection: N, doc: DocOf<N>): Promise<void>;
  /** Returns false when the document does not exist. */
  update<N extends CollectionName>(collection: N, id: string, update: Update<DocOf<N>>): Promise<boolean>;
  remove<N extends CollectionName>(collection: N, id: string): Promise<boolean>;
}

export interface Store extends TxOps {
  find<N extends CollectionName>(collection: N, filter?: Filter<DocOf<N>>, options?: FindOptions<DocOf<N>>): Promise<Array<DocOf<N>>>;
  count<N extends CollectionName>(collection: N, filter?: Filter<DocOf<N>>): Promise<number>;
  /**
   * One atomic conditional update: every document matching the filter is updated and the number
   * updated is returned. This is how seats and slots are taken without read-then-write races.
   */
  updateWhere<N extends CollectionName>(collection: N, filter: Filter<DocOf<N>>, update: Update<DocOf<N>>): Promise<number>;
  /**
   * Many conditional updates that do not depend on one another, each exactly as one updateWhere (its own filter, its
   * own count back, in order). They are not atomic together and their order is not kept, so no two may touch the
   * same document. An adapter sends them in one go: SQLite in one transaction (one commit, not one per update),
   * CloudBase as concurrent requests, UPDATE_EACH_PARALLEL at a time. This is how a timer moves a batch.
   */
  updateEach<N extends CollectionName>(collection: N, items: ReadonlyArray<Conditional<DocOf<N>>>): Promise<number[]>;
  removeWhere<N extends CollectionName>(collection: N, filter: Filter<DocOf<N>>): Promise<number>;
  /** Runs fn atomically; a throw rolls every write in it back. */
  transaction<R>(fn: (tx: TxOps) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/*
 * What adapters implement and the store contract suite exercises: the same operations over any collection name
 * and plain documents. Every adapter is a Store through these signatures (a typed call is one of these).
 */
export type RawFilter = Record<string, Condition | undefined>;
export interface RawFindOptions {
  orderBy?: Array<[field: string, direction: SortDirection]>;
  limit?: number;
  skip?: number;
}
export interface RawUpdate {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
  unset?: readonly string[];
  push?: Record<string, readonly unknown[]>;
  pull?: Record<string, Scalar>;
}
export interface RawTxOps {
  get<T extends BaseDoc>(collection: string, id: string): Promise<T | null>;
  insert<T extends BaseDoc>(collection: string, doc: T): Promise<void>;
  create<T extends BaseDoc>(collection: string, doc: T): Promise<void>;
  put<T extends BaseDoc>(collection: string, doc: T): Promise<void>;
  update(collection: string, id: string, update: RawUpdate): Promise<boolean>;
  remove(collection: string, id: string): Promise<boolean>;
}
export interface RawStore extends RawTxOps {
  find<T extends BaseDoc>(collection: string, filter?: RawFilter, options?: RawFindOptions): Promise<T[]>;
  count(collection: string, filter?: RawFilter): Promise<number>;
  updateWhere(collection: string, filter: RawFilter, update: RawUpdate): Promise<number>;
  updateEach(collection: string, items: ReadonlyArray<{ filter: RawFilter; update: RawUpdate }>): Promise<number[]>;
  removeWhere(collection: string, filter: RawFilter): Promise<number>;
  transaction<R>(fn: (tx: RawTxOps) => Promise<R>): Promise<R>;
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
