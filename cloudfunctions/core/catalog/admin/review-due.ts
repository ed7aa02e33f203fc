import type { CatalogItem } from '../../../../types/catalog';
import { formatPartialDate } from '../../../../types/catalog-display';
import type { ReviewDue } from '../../../../types/functions/catalog-admin';
import { shanghai } from '../../../../types/time';
import { documentOf } from '../content/documents';

/**
 * Why an item's content is due for review: its last review is over a year old, or a document it cites (or was
 * reviewed against) has been superseded, has expired, or has an adopted successor recorded in content/documents.ts.
 * Reads the list of documents in code, so marking a document superseded there flags every item that cites it.
 */
export function reviewReasons(item: CatalogItem, now: number): string[] {
  const reasons: string[] = [];
  if (item.reviewedAt < shanghai(now).subtract(1, 'year').format('YYYY-MM-DD')) {
    reasons.push(`上次复核为${formatPartialDate(item.reviewedAt)}，已超过一年`);
  }
  const cited = item.policyBasis.flatMap((b) => (b.docId ? [b.docId] : []));
  for (const id of new Set([...cited, ...item.reviewedAgainst])) {
    const doc = documentOf(id);
    if (!doc) {
      reasons.push(`引用的文件（${id}）不在文件清单中`);
      continue;
    }
    if (doc.status === 'superseded') {
      const by = documentOf(doc.supersededBy ?? '');
      reasons.push(`${doc.title}${doc.note ? `（${doc.note}）` : ''}已由${by ? `${by.title}${by.inForce ? `（${formatPartialDate(by.inForce)}起施行）` : ''}` : '新文件'}取代`);
    } else if (doc.status === 'expired') {
      reasons.push(`${doc.title}已到期`);
    } else if (doc.status === 'adopted') {
      reasons.push(`${doc.title}尚未确认施行`);
    }
    const successor = doc.successor ? documentOf(doc.successor) : undefined;
    if (successor) reasons.push(`${successor.title}已通过，施行后需按新法复核（${doc.title}）`);
  }
  for (const id of cited) if (!item.reviewedAgainst.includes(id)) reasons.push(`引用的${documentOf(id)?.title ?? id}未经复核`);
  return reasons;
}

/** The items of a community's copy that are due for review, in handbook order. */
export function reviewDue(items: readonly CatalogItem[], now: number): ReviewDue[] {
  return items.flatMap((item) => {
    const reasons = reviewReasons(item, now);
    return reasons.length > 0 ? [{ code: item.code, title: item.title, reviewedAt: item.reviewedAt, reasons }] : [];
  });
}
