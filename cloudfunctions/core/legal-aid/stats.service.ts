import { BOOKING_STATUSES, SERVICE_MODES, SPECIALTIES } from '../../../types/legal-aid-names';
import type { LegalStats } from '../../../types/legal-aid-reports';
import { ADMIN_ROLES, administeredCommunities, requireAdministered, scopeRoots } from '../access/scope';
import { dayNumberFromIso, dayNumberOf, dayStart, yearOf } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import { BOOKINGS } from './booking.repository';
import { QUESTIONS } from './question.repository';
import { ratingAverage, volunteersUnder } from './volunteer.repository';

const MINUTE = 60_000;
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}
const average = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);
const countBy = <T extends string>(keys: readonly T[], values: readonly T[]) => keys.map((k) => ({ k, count: values.filter((v) => v === k).length })).filter((x) => x.count > 0);

/**
 * Team statistics for the admins of the residents' communities: counts by status, category and mode, how fast
 * volunteers answer, ratings, quick questions; and the volunteers of the teams they administer. Read from the cases'
 * categories and times only: no description, summary or advice is read into the answer, nor any resident's name.
 */
export async function stats(ctx: ActionContext, input: { communityId?: string | undefined; year?: number | undefined }): Promise<LegalStats> {
  const communities = input.communityId ? [await requireAdministered(ctx.store, ctx.caller, input.communityId)] : await administeredCommunities(ctx.store, ctx.caller);
  if (communities.length === 0) throw forbidden('您没有管理的社区');
  const ids = communities.map((c) => c.id);
  const year = input.year ?? yearOf(dayNumberOf(ctx.clock.now()));
  const createdAt = { $gte: dayStart(dayNumberFromIso(`${year}-01-01`)), $lt: dayStart(dayNumberFromIso(`${year + 1}-01-01`)) };
  const roots = await scopeRoots(ctx.store, ctx.caller, ADMIN_ROLES);
  const [bookings, questions, volunteers] = await Promise.all([
    ctx.store.find(BOOKINGS, { communityId: { $in: ids }, createdAt }, { limit: 1000 }),
    ctx.store.find(QUESTIONS, { communityId: { $in: ids }, createdAt }, { limit: 1000 }),
    volunteersUnder(ctx.store, roots.map((r) => r.id), ['pending', 'verified', 'left']),
  ]);
  const responses = bookings.flatMap((b) => (b.respondedAt !== null ? [(b.respondedAt - b.createdAt) / MINUTE] : []));
  const ratings = bookings.flatMap((b) => (b.rating ? [b.rating.stars] : []));
  const answered = questions.filter((q) => q.answeredAt !== null);
  return {
    year,
    communities: communities.map((c) => ({ id: c.id, name: c.name })),
    bookings: {
      total: bookings.length,
      byStatus: countBy(BOOKING_STATUSES, bookings.map((b) => b.status)).map(({ k, count }) => ({ status: k, count })),
      bySpecialty: countBy(SPECIALTIES.map((s) => s.id), bookings.map((b) => b.specialty)).map(({ k, count }) => ({ specialty: k, count })),
      byMode: countBy(SERVICE_MODES.map((m) => m.id), bookings.map((b) => b.mode)).map(({ k, count }) => ({ mode: k, count })),
    },
    response: { responded: responses.length, averageMinutes: average(responses), medianMinutes: median(responses) },
    ratings: { count: ratings.length, average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null, stars: [1, 2, 3, 4, 5].map((s) => ratings.filter((r) => r === s).length) },
    questions: {
      asked: questions.length,
      answered: answered.length,
      expired: questions.filter((q) => q.status === 'expired').length,
      medianAnswerMinutes: median(answered.map((q) => (q.answeredAt! - q.createdAt) / MINUTE)),
    },
    volunteers: volunteers
      .sort((a, b) => a.status.localeCompare(b.status) || a.realName.localeCompare(b.realName, 'zh-CN'))
      .map((v) => ({ id: v._id, name: v.realName, kind: v.kind, status: v.status, paused: v.paused, unitName: v.unitName, completedCount: v.completedCount, ratingAverage: ratingAverage(v), ratingCount: v.ratingCount })),
  };
}
