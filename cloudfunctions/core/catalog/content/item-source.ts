import type { CatalogItem, SourcedLimit } from '../../../../types/catalog';
import { DOCUMENTS, issuedAs, type DocId, type PolicyDocument } from './documents';

/**
 * An item as the content files write it: citations and time limits name a document of content/documents.ts by
 * id, so its title, number and dates are written once. `resolveItem` turns it into the CatalogItem the store,
 * the functions and the handbook use.
 */
export interface BasisSource {
  doc: DocId;
  /** Only articles listed for the document as seen. */
  articles?: string;
  note?: string;
}

/** A limit a cited document sets, in its words (one of the document's `quotes`). */
export interface LimitSource {
  unit: SourcedLimit['unit'];
  value: number;
  doc: DocId;
  quote: string;
}

export interface StepSource {
  title: string;
  actor: string;
  limit?: LimitSource;
  detail?: string;
}

export type ItemSource = Omit<CatalogItem, 'policyBasis' | 'timeLimit' | 'promisedLimit' | 'steps' | 'reviewedAgainst'> & {
  basis: BasisSource[];
  timeLimit?: LimitSource;
  steps: StepSource[];
  /** The documents the content was checked against on `reviewedAt`. */
  reviewedAgainst: DocId[];
};

function limitOf(limit: LimitSource): SourcedLimit {
  return { unit: limit.unit, value: limit.value, source: DOCUMENTS[limit.doc].title, quote: limit.quote };
}

export function resolveItem(source: ItemSource): CatalogItem {
  const { basis, timeLimit, steps, ...rest } = source;
  return {
    ...rest,
    steps: steps.map(({ limit, ...step }) => (limit ? { ...step, limit: limitOf(limit) } : step)),
    ...(timeLimit ? { timeLimit: limitOf(timeLimit) } : {}),
    policyBasis: basis.map(({ doc, articles, note }) => {
      const d: PolicyDocument = DOCUMENTS[doc];
      return {
        title: d.title,
        docId: doc,
        ...(d.number ? { number: d.number } : {}),
        ...(d.inForce ? { inForce: d.inForce } : d.issued ? { issued: d.issued, issuedAs: issuedAs(d) } : {}),
        ...(articles ? { articles } : {}),
        ...(note ? { note } : {}),
      };
    }),
  };
}
