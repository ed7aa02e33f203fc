import type { InputOf } from '../../../types/api';
import type { PassingRule, TopicKind, VoterBasis } from '../../../types/governance';

export interface TopicDraft {
  kind: TopicKind;
  title: string;
  body: string;
  docTitle: string;
  docSummary: string;
  buildingIds: string[];
  options: string;
  days: string;
  basis: VoterBasis;
  eligible: string;
  quorum: '1/2' | '2/3';
  passing: PassingRule;
  matter: number;
  entrance: string;
  roll: string;
}

export const EMPTY_DRAFT: TopicDraft = { kind: 'consultation', title: '', body: '', docTitle: '', docSummary: '', buildingIds: [], options: '同意，不同意', days: '7', basis: 'household', eligible: '', quorum: '1/2', passing: 'more_than_half', matter: 7, entrance: '', roll: '' };

/** One 名册 line as the 不动产登记簿 lists it: `1-302 89.56 A05` (单元-房号, 面积, 权利人编号). */
function parseRoll(text: string) {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [unit = '', area = '', owner = ''] = line.split(/\s+/);
      const [entrance = '', room = ''] = unit.split('-', 2);
      return { entrance: Number(entrance), room, area: Number(area), owner };
    });
}

/** The draft as the function takes it; the server checks every field again. */
export function toInput(d: TopicDraft, communityId: string, now: number, idempotencyKey: string): InputOf<'governance', 'openTopic'> {
  const [num, den] = d.quorum.split('/').map(Number) as [number, number];
  return {
    communityId,
    kind: d.kind,
    title: d.title.trim(),
    body: d.body.trim(),
    documents: d.docTitle.trim() ? [{ title: d.docTitle.trim(), summary: d.docSummary.trim() }] : [],
    buildingIds: d.buildingIds,
    ...(d.kind === 'owners' && d.entrance.trim() ? { entrance: Number(d.entrance) } : {}),
    options: d.options.split(/[,，、]/).map((o) => o.trim()).filter(Boolean),
    deadline: now + Number(d.days) * 24 * 3_600_000,
    idempotencyKey,
    ...(d.kind === 'consultation' ? { consultation: { basis: d.basis, eligible: Number(d.eligible), quorum: { num, den }, passing: d.passing } } : { owners: { matter: d.matter, roll: parseRoll(d.roll) } }),
  };
}
