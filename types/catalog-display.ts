/**
 * How an item's time limit, hours, citations and quotable parts read, shared by the item page, the handbook and
 * the 纠错 check on the server. Free of zod (type imports only), so pages can use it cheaply.
 */
import type { CatalogItem, PolicyBasis, SourcedLimit } from './catalog';
import { LOCAL_RULE } from './catalog-names';

/** 2014-05-01 → 2014年5月1日, 2021-07 → 2021年7月, 2019 → 2019年. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** A sourced limit in the document's words, e.g. “公示期为7天”（《最低生活保障审核确认办法》）. */
export function sourcedLimitText(limit: SourcedLimit): string {
  return `“${limit.quote}”（${limit.source}）`;
}

/**
 * The lines under 办理时限: the limit a cited document sets (quoted), the community's own promise, or, with
 * neither, 以当地规定为准. Never a total computed from steps.
 */
export function limitLines(item: Pick<CatalogItem, 'timeLimit' | 'promisedLimit'>): string[] {
  const lines: string[] = [];
  if (item.timeLimit) lines.push(sourcedLimitText(item.timeLimit));
  if (item.promisedLimit) lines.push(`本社区承诺：${item.promisedLimit}`);
  return lines.length > 0 ? lines : [LOCAL_RULE];
}

/** A step's limit, or '' when neither a document nor the community sets one. */
export function stepLimitText(step: CatalogItem['steps'][number]): string {
  if (step.limit) return sourcedLimitText(step.limit);
  return step.promisedLimit ? `本社区承诺：${step.promisedLimit}` : '';
}

/** Hours: the item's own (set by the community), else the center's from the community's record. */
export function hoursText(item: Pick<CatalogItem, 'place'>, centerHours: string | null | undefined): string {
  return item.place.hours ?? centerHours ?? '以社区公布的开放时间为准';
}

/** 国务院令第649号 · 2014年5月1日起施行 */
export function citationFacts(basis: Pick<PolicyBasis, 'number' | 'inForce' | 'issued' | 'issuedAs'>): string {
  const when = basis.inForce ? `${formatPartialDate(basis.inForce)}起施行` : basis.issued ? `${formatPartialDate(basis.issued)}${basis.issuedAs ?? '印发'}` : '';
  return [basis.number, when].filter(Boolean).join(' · ');
}

export interface QuotablePart {
  /** Where the text sits, e.g. 办理条件 2. */
  label: string;
  text: string;
}

/**
 * The parts of an item a 纠错 report may quote: what residents and workers read on the item page. The server
 * accepts a quote only if it is one of these, so the admin sees exactly the text that was questioned.
 */
export function quotableParts(item: CatalogItem): QuotablePart[] {
  const parts: QuotablePart[] = [
    { label: '名称', text: item.title },
    { label: '简介', text: item.summary },
    { label: '服务对象', text: item.audience },
    ...item.conditions.map((text, i) => ({ label: `办理条件 ${i + 1}`, text })),
    ...item.materials.map((m, i) => ({ label: `所需材料 ${i + 1}`, text: m.note ? `${m.name}（${m.note}）` : m.name })),
    ...item.steps.map((s, i) => ({ label: `办理流程 ${i + 1}`, text: [`${s.title}（${s.actor}）`, stepLimitText(s), s.detail ?? ''].filter(Boolean).join(' ') })),
    { label: '办理时限', text: limitLines(item).join('；') },
    { label: '收费标准', text: item.fee },
    { label: '办理窗口', text: item.place.window },
    ...item.policyBasis.map((b, i) => ({ label: `政策依据 ${i + 1}`, text: [b.title, b.articles ?? '', b.note ?? ''].filter(Boolean).join(' ') })),
  ];
  if (item.notes) parts.push({ label: '温馨提示', text: item.notes });
  return parts;
}
