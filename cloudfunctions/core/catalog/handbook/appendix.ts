import { formatPartialDate } from '../../../../types/catalog-display';
import { documentOf, issuedAs } from '../content/documents';
import type { CatalogItem } from '../../../../types/catalog';

/** What the appendix reads of a handbook entry: its item's citations and review date. */
type Cited = { item: CatalogItem };

/** One row of the handbook's 政策依据 appendix. */
export interface AppendixDoc {
  title: string;
  issuer: string;
  number: string;
  /** e.g. 2014年5月1日起施行, 2021年印发. */
  date: string;
  note: string;
}

/**
 * Every document the handbook's items cite, once, in the order they are first cited, with its issuer, number and
 * dates from the city's list of documents (content/documents.ts). A community's own item may cite a document
 * outside the list: it is listed by its title alone.
 */
export function appendixDocs(entries: readonly Cited[]): AppendixDoc[] {
  const rows = new Map<string, AppendixDoc>();
  for (const { item } of entries) {
    for (const basis of item.policyBasis) {
      const key = basis.docId ?? basis.title;
      if (rows.has(key)) continue;
      const doc = basis.docId ? documentOf(basis.docId) : undefined;
      if (!doc) {
        rows.set(key, { title: basis.title, issuer: '', number: basis.number ?? '', date: '', note: '本社区事项引用' });
        continue;
      }
      const date = doc.inForce ? `${formatPartialDate(doc.inForce)}起施行` : doc.issued ? `${formatPartialDate(doc.issued)}${issuedAs(doc)}` : '';
      rows.set(key, {
        title: doc.title,
        issuer: doc.issuer ?? '',
        number: doc.number ? `${doc.number}${doc.numberReported ? '（文号据公开报道）' : ''}` : '',
        date,
        note: [doc.evidence === 'reported' ? '据公开报道' : '', doc.note ?? ''].filter(Boolean).join('；'),
      });
    }
  }
  return [...rows.values()];
}

/** 内容复核：2026年12月2日, or the span when items were reviewed on different days. */
export function reviewSpan(entries: readonly Cited[]): string {
  const dates = [...new Set(entries.map((e) => e.item.reviewedAt))].sort();
  if (dates.length === 0) return '';
  const first = formatPartialDate(dates[0]!);
  return dates.length === 1 ? first : `${first}至${formatPartialDate(dates[dates.length - 1]!)}`;
}
