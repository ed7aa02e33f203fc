import type { SimilarRequest } from '../../../types/functions/grid';
import type { GeoPoint } from '../../../types/org';
import type { RequestDetail } from '../../../types/request';
import { categoryName, LEGAL_AID_HINT, LEGAL_CATEGORY, OPEN_STATUSES, REPORT_CATEGORIES, type ReportCategory } from '../../../types/request-names';
import type { ActionContext } from '../kernel/context';
import { invalid } from '../kernel/domain-error';
import { routeRequest } from '../routing/route';
import { checkPhotos, checkText } from './content';
import { callerCommunity, createRequest } from './create.service';
import { similarRequests } from './request.repository';

export interface ReportInput {
  category: ReportCategory;
  description: string;
  photos: string[];
  urgent?: boolean | undefined;
  contactPhone?: string | undefined;
  idempotencyKey: string;
  location?: GeoPoint | undefined;
}

const refuseLegal = (category: ReportCategory) => {
  if (category === LEGAL_CATEGORY) throw invalid(LEGAL_AID_HINT, { category: LEGAL_AID_HINT });
};

/**
 * A free-form report (随手拍): a category, the resident's words and up to nine photos they uploaded, at their
 * registered building or where the phone is. Text and photos pass the content checks first (risky: refused, nothing
 * written; review: stored but held). A category marked urgent (安全隐患) runs on the urgent limit.
 */
export async function submitReport(ctx: ActionContext, input: ReportInput): Promise<{ request: RequestDetail; created: boolean }> {
  refuseLegal(input.category);
  const home = await callerCommunity(ctx);
  const [text, photos] = [await checkText(ctx, input.description, 'description'), await checkPhotos(ctx, input.photos)];
  const category = REPORT_CATEGORIES.find((c) => c.id === input.category)!;
  return createRequest(ctx, home, {
    kind: 'report',
    source: category.id,
    code: category.id,
    title: category.name,
    form: [],
    answers: {},
    description: input.description,
    descriptionHeld: text.held,
    photos,
    contactPhone: input.contactPhone ?? ctx.caller.user?.phone ?? null,
    urgency: input.urgent || 'urgent' in category ? 'urgent' : 'normal',
    itemLimit: null,
    idempotencyKey: input.idempotencyKey,
    location: input.location,
  });
}

const SIMILAR_WINDOW_MS = 24 * 3_600_000;

/**
 * Open requests about the same thing at the caller's building (or in the grid their location falls in) in the last
 * 24 hours, shown before they report: what, when and how far along, never who or their words.
 */
export async function similar(ctx: ActionContext, input: { category: ReportCategory; location?: GeoPoint | undefined }): Promise<{ items: SimilarRequest[] }> {
  refuseLegal(input.category);
  const { community, units } = await callerCommunity(ctx);
  const route = await routeRequest(ctx.store, community, { buildingId: ctx.caller.user?.buildingId, location: input.location }, units);
  const found = await similarRequests(ctx.store, { buildingId: route.buildingId, gridId: route.gridId }, input.category, ctx.clock.now() - SIMILAR_WINDOW_MS);
  return {
    items: found
      .filter((r) => OPEN_STATUSES.includes(r.status) || r.status === 'resolved')
      .map((r) => ({ title: categoryName(r.source), status: r.status, createdAt: r.createdAt, sameBuilding: route.buildingId !== null && r.buildingId === route.buildingId })),
  };
}
