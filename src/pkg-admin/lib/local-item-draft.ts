import type { CatalogItem, TimeLimit } from '../../../types/catalog';
import { parseLimitText, type CenterId, type FieldId, type ItemKind } from '../../../types/catalog-names';
import type { LocalItemInput } from '../../../types/functions/catalog-admin';

/**
 * A community's own item as an admin types it on a phone: one text box per part, one line per entry. The
 * server validates the result with the same schema as the city's items; this only turns lines into fields
 * and catches what it can name in Chinese. A new item from this form is offline (办理指南 only, no form); editing
 * an existing one keeps what the form does not show (its online form, material notes, step details, citations'
 * numbers and articles). Its time limits are the community's own promises (本社区承诺), all optional.
 */
export interface LocalItemDraft {
  code: string;
  title: string;
  summary: string;
  field: FieldId;
  center: CenterId;
  kind: ItemKind;
  audience: string;
  /** One condition per line. */
  conditions: string;
  /** One material per line; a line ending in （如有） is optional. */
  materials: string;
  /** One step per line: 环节｜办理人, optionally ｜时限, e.g. 受理登记｜社区工作人员｜即时办结. */
  steps: string;
  /** 本社区承诺 for the whole item, optional. */
  promisedLimit: string;
  fee: string;
  window: string;
  hours: string;
  contactRole: string;
  /** Separated by spaces or 、 */
  keywords: string;
  /** One document per line: 《名称》 and an optional note after it. */
  policyBasis: string;
  notes: string;
}

export const EMPTY_DRAFT: LocalItemDraft = {
  code: 'L',
  title: '',
  summary: '',
  field: 'MS',
  center: 'party-mass',
  kind: 'info',
  audience: '',
  conditions: '',
  materials: '',
  steps: '',
  promisedLimit: '',
  fee: '免费',
  window: '',
  hours: '',
  contactRole: '',
  keywords: '',
  policyBasis: '',
  notes: '',
};

const OPTIONAL = /[（(]如有[）)]$/;
const lines = (text: string) => text.split(/\n/).map((l) => l.trim()).filter(Boolean);

export function limitText(limit: TimeLimit): string {
  return { immediate: '即时办结', hour: `${limit.value}小时`, day: `${limit.value}日`, workday: `${limit.value}个工作日` }[limit.unit];
}

export type DraftResult = { ok: true; item: LocalItemInput } | { ok: false; errors: Partial<Record<keyof LocalItemDraft, string>> };

/** An optional limit as typed: '' is none, anything else must read as a limit (stored in its plain form). */
function promised(text: string): { ok: boolean; value?: string } {
  if (!text.trim()) return { ok: true };
  const limit = parseLimitText(text);
  return limit ? { ok: true, value: limitText(limit) } : { ok: false };
}

export function draftToItem(d: LocalItemDraft, original?: CatalogItem): DraftResult {
  const errors: Partial<Record<keyof LocalItemDraft, string>> = {};
  const steps = lines(d.steps).map((line, i) => {
    const [title = '', actor = '', limit = ''] = line.split(/[｜|]/).map((s) => s.trim());
    const own = promised(limit);
    if (!title || !actor || !own.ok) errors.steps ??= `第${i + 1}步请写明环节和办理人（环节｜办理人），时限如“即时办结”“5个工作日”`;
    const detail = original?.steps.find((s) => s.title === title)?.detail;
    return { title, actor, ...(own.value ? { promisedLimit: own.value } : {}), ...(detail ? { detail } : {}) };
  });
  if (steps.length < 2) errors.steps ??= '办理流程至少两个环节';
  const total = promised(d.promisedLimit);
  if (!total.ok) errors.promisedLimit = '时限请写成“即时办结”“24小时”“5日”或“10个工作日”，没有承诺可不填';
  const policyBasis = lines(d.policyBasis).map((line) => {
    const m = /^(《[^》]+》)\s*[：:，,]?\s*(.*)$/.exec(line);
    if (!m) errors.policyBasis ??= '政策依据每行以《文件名称》开头';
    const kept = m ? original?.policyBasis.find((b) => b.title === m[1]) : undefined;
    return m
      ? { title: m[1]!, ...(kept?.number ? { number: kept.number } : {}), ...(kept?.articles ? { articles: kept.articles } : {}), ...(m[2] ? { note: m[2] } : {}) }
      : { title: line };
  });
  if (policyBasis.length === 0) errors.policyBasis ??= '请至少填写一项政策依据';
  const keywords = d.keywords.split(/[\s、，,]+/).filter(Boolean);
  if (keywords.length === 0) errors.keywords = '请至少填写一个检索词';
  if (lines(d.conditions).length === 0) errors.conditions = '请至少填写一项办理条件';
  if (!/^L[A-Z0-9]{1,4}-\d{2}$/.test(d.code.trim())) errors.code = '编码须以L开头，如 LXY-01';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    item: {
      code: d.code.trim(),
      title: d.title.trim(),
      summary: d.summary.trim(),
      field: d.field,
      center: d.center,
      kind: d.kind,
      audience: d.audience.trim(),
      conditions: lines(d.conditions),
      materials: lines(d.materials).map((l) => {
        const name = l.replace(OPTIONAL, '').trim();
        const note = original?.materials.find((m) => m.name === name)?.note;
        return { name, required: !OPTIONAL.test(l), ...(note ? { note } : {}) };
      }),
      steps,
      ...(total.value ? { promisedLimit: total.value } : {}),
      fee: d.fee.trim(),
      place: { window: d.window.trim(), ...(d.hours.trim() ? { hours: d.hours.trim() } : {}) },
      contactRole: d.contactRole.trim(),
      online: original?.online ?? false,
      form: original?.form ?? [],
      keywords,
      policyBasis,
      ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
    },
  };
}

/** A stored local item back into the editor (notes and details of materials and steps kept as text). */
export function itemToDraft(item: CatalogItem): LocalItemDraft {
  return {
    code: item.code,
    title: item.title,
    summary: item.summary,
    field: item.field,
    center: item.center,
    kind: item.kind,
    audience: item.audience,
    conditions: item.conditions.join('\n'),
    materials: item.materials.map((m) => `${m.name}${m.required ? '' : '（如有）'}`).join('\n'),
    steps: item.steps.map((s) => [s.title, s.actor, ...(s.promisedLimit ? [s.promisedLimit] : [])].join('｜')).join('\n'),
    promisedLimit: item.promisedLimit ?? '',
    fee: item.fee,
    window: item.place.window,
    hours: item.place.hours ?? '',
    contactRole: item.contactRole,
    keywords: item.keywords.join(' '),
    policyBasis: item.policyBasis.map((b) => `${b.title}${b.note ? ` ${b.note}` : ''}`).join('\n'),
    notes: item.notes ?? '',
  };
}
