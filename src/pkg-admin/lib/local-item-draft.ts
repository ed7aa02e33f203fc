import type { CatalogItem, TimeLimit } from '../../../types/catalog';
import type { CenterId, FieldId } from '../../../types/catalog-names';

/**
 * A community's own item as an admin types it on a phone: one text box per part, one line per entry. The
 * server validates the result with the same schema as the city's items; this only turns lines into fields
 * and catches what it can name in Chinese. A new item from this form is offline (办理指南 only, no form); editing
 * an existing one keeps what the form does not show (its online form, material notes, step details, refs).
 */
export interface LocalItemDraft {
  code: string;
  title: string;
  summary: string;
  field: FieldId;
  center: CenterId;
  audience: string;
  /** One condition per line. */
  conditions: string;
  /** One material per line; a line ending in （如有） is optional. */
  materials: string;
  /** One step per line: 环节｜办理人｜时限, e.g. 受理登记｜社区工作人员｜即时办结 or 审核｜街道民政办｜5个工作日. */
  steps: string;
  totalLimit: string;
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
  audience: '',
  conditions: '',
  materials: '',
  steps: '',
  totalLimit: '',
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

/** 即时办结 / 当场, 2小时, 5日, 3个工作日 → a time limit; null when it reads as none of these. */
export function parseLimit(text: string): TimeLimit | null {
  const t = text.trim();
  if (/^(即时|当场|立即)/.test(t)) return { unit: 'immediate', value: 0 };
  const m = /^(\d{1,3})\s*(个工作日|工作日|小时|日|天)/.exec(t);
  if (!m) return null;
  const value = Number(m[1]);
  if (value <= 0) return null;
  return { unit: m[2]!.includes('工作日') ? 'workday' : m[2] === '小时' ? 'hour' : 'day', value };
}

export function limitText(limit: TimeLimit): string {
  return { immediate: '即时办结', hour: `${limit.value}小时`, day: `${limit.value}日`, workday: `${limit.value}个工作日` }[limit.unit];
}

export type DraftResult = { ok: true; item: CatalogItem } | { ok: false; errors: Partial<Record<keyof LocalItemDraft, string>> };

export function draftToItem(d: LocalItemDraft, original?: CatalogItem): DraftResult {
  const errors: Partial<Record<keyof LocalItemDraft, string>> = {};
  const steps = lines(d.steps).map((line, i) => {
    const [title = '', actor = '', limit = ''] = line.split(/[｜|]/).map((s) => s.trim());
    const parsed = parseLimit(limit);
    if (!title || !actor || !parsed) errors.steps ??= `第${i + 1}行请按“环节｜办理人｜时限”填写，时限如“即时办结”“5个工作日”`;
    const detail = original?.steps.find((s) => s.title === title)?.detail;
    return { title, actor, limit: parsed ?? { unit: 'immediate' as const, value: 0 }, ...(detail ? { detail } : {}) };
  });
  if (steps.length < 2) errors.steps ??= '办理流程至少两个环节';
  const totalLimit = parseLimit(d.totalLimit);
  if (!totalLimit) errors.totalLimit = '请填写办理时限，如“即时办结”“10个工作日”';
  const policyBasis = lines(d.policyBasis).map((line) => {
    const m = /^(《[^》]+》)\s*[：:，,]?\s*(.*)$/.exec(line);
    if (!m) errors.policyBasis ??= '政策依据每行以《文件名称》开头';
    const ref = m ? original?.policyBasis.find((b) => b.title === m[1])?.ref : undefined;
    return m ? { title: m[1]!, ...(ref ? { ref } : {}), ...(m[2] ? { note: m[2] } : {}) } : { title: line };
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
      audience: d.audience.trim(),
      conditions: lines(d.conditions),
      materials: lines(d.materials).map((l) => {
        const name = l.replace(OPTIONAL, '').trim();
        const note = original?.materials.find((m) => m.name === name)?.note;
        return { name, required: !OPTIONAL.test(l), ...(note ? { note } : {}) };
      }),
      steps,
      totalLimit: totalLimit!,
      fee: d.fee.trim(),
      place: { window: d.window.trim(), hours: d.hours.trim() },
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
    audience: item.audience,
    conditions: item.conditions.join('\n'),
    materials: item.materials.map((m) => `${m.name}${m.required ? '' : '（如有）'}`).join('\n'),
    steps: item.steps.map((s) => `${s.title}｜${s.actor}｜${limitText(s.limit)}`).join('\n'),
    totalLimit: limitText(item.totalLimit),
    fee: item.fee,
    window: item.place.window,
    hours: item.place.hours,
    contactRole: item.contactRole,
    keywords: item.keywords.join(' '),
    policyBasis: item.policyBasis.map((b) => `${b.title}${b.note ? ` ${b.note}` : ''}`).join('\n'),
    notes: item.notes ?? '',
  };
}
