import type { FieldId } from '../../../../types/catalog-names';
import { getUnit, type UnitDoc } from '../../org/org.repository';
import { notFound } from '../../kernel/domain-error';
import type { Store } from '../../store/port';
import { loadCommunityCatalog, patchPlace } from '../community-catalog';
import { appendixDocs, reviewSpan } from './appendix';
import { renderHandbook } from './render';

export interface Handbook {
  title: string;
  version: string;
  itemCount: number;
  html: string;
}

/**
 * The handbook of a community's copy: its adjustments applied, hidden items left out, local items in; every kind of
 * item, 社区工作 included, since workers act on it too. `which` is the community, or its id.
 */
export async function communityHandbook(store: Store, which: string | UnitDoc, now: number, field?: FieldId): Promise<Handbook> {
  // The caller may have read the community already (to check the admin's scope): it is not read again.
  const community = typeof which === 'string' ? await getUnit(store, which) : which;
  if (community?.kind !== 'community') throw notFound('该社区');
  const communityId = community.id;
  const street = community.parentId ? await getUnit(store, community.parentId) : null;
  const { version, visible } = await loadCommunityCatalog(store, communityId);
  const centers = community.centers ?? [];
  const entries = visible.filter((e) => !field || e.item.field === field).map((e) => ({
    item: e.item,
    place: patchPlace(centers.find((c) => c.center === e.item.center) ?? null, e.patch),
    local: e.local,
  }));
  const communityLabel = `${street?.name ?? ''} ${community.name}`.trim();
  const { title, html } = renderHandbook({ communityLabel, entries, centers, generatedAt: now, appendix: appendixDocs(entries), reviewed: reviewSpan(entries), contents: !field });
  return { title, version, itemCount: entries.length, html };
}
