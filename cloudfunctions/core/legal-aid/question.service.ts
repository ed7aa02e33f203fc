import type { OpenQuestionRow, QuestionDetail, QuestionView } from '../../../types/legal-aid-cases';
import { LEGAL_PAGES, MAX_OPEN_QUESTIONS, specialtyName, type Service, type Specialty } from '../../../types/legal-aid-names';
import { HOUR_MS } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, notFound } from '../kernel/domain-error';
import { enqueue } from '../notify/outbox';
import { DuplicateKeyError, type TxOps } from '../store/port';
import { homePathOf } from './availability.service';
import { logRead } from './case-reads';
import { checkText } from './content';
import { requireVerified } from './onboarding.service';
import { claimableBy, getQuestion, QUESTIONS, questionIdOf, questionsClaimedBy, type QuestionDoc } from './question.repository';
import { settleQuota } from './quota-settle';
import { leaveQuota, takeQuota } from './resident-quota';
import { SWEEP_GRACE_MS } from './sweep.service';
import type { VolunteerDoc } from './volunteer.repository';

/** An open question waits this long for a claim, and a claimed one this long for its answer. */
export const QUESTION_TTL_MS = 72 * HOUR_MS;
const OPEN = ['open', 'claimed'];

type Role = 'resident' | 'volunteer';
const roleIn = (q: QuestionDoc, openid: string): Role | null => (q.asker === openid ? 'resident' : q.claimedBy === openid ? 'volunteer' : null);
const servicesOf = (v: VolunteerDoc): Service[] => (v.kind === 'guide' ? ['guidance'] : ['advice', 'guidance']);

export function toQuestionView(q: QuestionDoc, role: Role): QuestionView {
  return {
    id: q._id,
    role,
    specialty: q.specialty,
    service: q.service as QuestionView['service'],
    status: q.status,
    askedAt: q.createdAt,
    expiresAt: q.expiresAt,
    claimedByName: q.claimedByName,
    claimedAt: q.claimedAt,
    answeredAt: q.answeredAt,
    canWithdraw: role === 'resident' && OPEN.includes(q.status),
    canAnswer: role === 'volunteer' && q.status === 'claimed',
  };
}

const toOpenRow = (q: QuestionDoc): OpenQuestionRow => ({ id: q._id, specialty: q.specialty, service: q.service as OpenQuestionRow['service'], askedAt: q.createdAt, expiresAt: q.expiresAt });

export interface AskInput {
  specialty: Specialty;
  service: 'advice' | 'guidance';
  text: string;
  consent: true;
  idempotencyKey: string;
}

/** Asks a quick question: a place among the resident's three open questions, then the question (one write). */
export async function ask(ctx: ActionContext, input: AskInput): Promise<{ question: QuestionView; created: boolean }> {
  const homePath = await homePathOf(ctx);
  const review = (await checkText(ctx, 'comment', input.text, 'text')) === 'review';
  const now = ctx.clock.now();
  const openid = ctx.caller.openid;
  const id = questionIdOf(openid, input.idempotencyKey);
  let quota = await takeQuota(ctx.store, openid, 'questions', id, now);
  if (quota === 'full' && (await settleQuota(ctx.store, openid, 'questions', now, SWEEP_GRACE_MS)) > 0) quota = await takeQuota(ctx.store, openid, 'questions', id, now);
  if (quota === 'full') throw new DomainError('CONFLICT', `您已有${MAX_OPEN_QUESTIONS}个未解答的快速咨询，请等待解答或撤回后再提问`);
  const doc: QuestionDoc = {
    _id: id,
    asker: openid,
    askerName: ctx.caller.user?.name ?? '居民',
    communityId: ctx.caller.user?.communityId ?? '',
    homePath: [...homePath],
    specialty: input.specialty,
    service: input.service,
    text: input.text,
    contentReview: review,
    consentAt: now,
    status: 'open',
    createdAt: now,
    expiresAt: now + QUESTION_TTL_MS,
    claimedBy: null,
    claimedById: null,
    claimedByName: null,
    claimedAt: null,
    answer: null,
    answeredAt: null,
    closedAt: null,
    updatedAt: now,
  };
  try {
    await ctx.store.create(QUESTIONS, doc);
    return { question: toQuestionView(doc, 'resident'), created: true };
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
  const existing = (await getQuestion(ctx.store, id))!;
  if (quota === 'taken' && !OPEN.includes(existing.status)) await leaveQuota(ctx.store, openid, 'questions', id, now);
  return { question: toQuestionView(existing, 'resident'), created: false };
}

/**
 * A volunteer claims an open question of their specialty from a home their team serves: one conditional update, so
 * of many volunteers at once exactly one wins. The winner has the time limit again to answer.
 */
export async function claim(ctx: ActionContext, id: string): Promise<{ question: QuestionView }> {
  const v = await requireVerified(ctx);
  if (v.paused) throw new DomainError('CONFLICT', '您已暂停服务，请先恢复服务再认领');
  const now = ctx.clock.now();
  const eligible = { homePath: { $has: v.unitId }, specialty: { $in: v.specialties }, service: { $in: servicesOf(v) }, asker: { $ne: v.openid } };
  const won = { status: 'claimed', claimedBy: v.openid, claimedById: v._id, claimedByName: v.realName, claimedAt: now, expiresAt: now + QUESTION_TTL_MS, updatedAt: now } as const;
  if ((await ctx.store.updateWhere(QUESTIONS, { _id: id, status: 'open', expiresAt: { $gt: now }, ...eligible }, { set: won })) === 1) {
    const q = (await getQuestion(ctx.store, id))!;
    return { question: toQuestionView(q, 'volunteer') };
  }
  const q = await getQuestion(ctx.store, id);
  if (!q) throw notFound('该咨询');
  if (q.claimedBy === v.openid) return { question: toQuestionView(q, 'volunteer') };
  if (q.status === 'claimed') throw new DomainError('CONFLICT', '该问题已被其他志愿者认领');
  if (q.status !== 'open' || q.expiresAt <= now) throw new DomainError('CONFLICT', '该问题已结束');
  throw forbidden(v.kind === 'guide' && q.service === 'advice' ? '法律明白人不提供法律意见，不能认领该问题' : '该问题不在您的服务范围内');
}

async function questionFor(ctx: ActionContext, id: string, as?: Role): Promise<{ q: QuestionDoc; role: Role }> {
  const q = await getQuestion(ctx.store, id);
  if (!q) throw notFound('该咨询');
  const role = roleIn(q, ctx.caller.openid);
  if (!role) throw forbidden('咨询内容仅提问的居民和认领的志愿者可以查看');
  if (as && role !== as) throw forbidden(as === 'volunteer' ? '只有认领的志愿者可以答复' : '只有提问的居民本人可以撤回');
  return { q, role };
}

/** The question with its text and answer, for the asker or the claimer only; the read is logged first. */
export async function question(ctx: ActionContext, id: string): Promise<QuestionDetail> {
  const { q, role } = await questionFor(ctx, id);
  await logRead(ctx.store, ctx.clock.now(), q._id, ctx.caller, role, role === 'resident' ? q.askerName : (q.claimedByName ?? '志愿者'));
  return { ...toQuestionView(q, role), text: q.text, answer: q.answer, contentReview: q.contentReview };
}

/** Closes a question in a transaction guarded by its status, with its message; then gives the asker's place back. */
async function close(ctx: ActionContext, id: string, from: readonly string[], set: Partial<QuestionDoc>, tell?: (tx: TxOps, q: QuestionDoc) => Promise<void>): Promise<QuestionDoc> {
  const now = ctx.clock.now();
  const q = await ctx.store.transaction(async (tx) => {
    const current = await tx.get(QUESTIONS, id);
    if (!current || !from.includes(current.status)) throw new DomainError('CONFLICT', '该咨询状态已变化，请刷新后查看');
    const next = { ...current, ...set, closedAt: now, updatedAt: now };
    await tx.update(QUESTIONS, id, { set: { ...set, closedAt: now, updatedAt: now } });
    await tell?.(tx, next);
    return next;
  });
  await leaveQuota(ctx.store, q.asker, 'questions', q._id, now);
  return q;
}

/** The claimer answers; the asker is told. */
export async function answer(ctx: ActionContext, id: string, text: string): Promise<{ question: QuestionView }> {
  await questionFor(ctx, id, 'volunteer');
  const review = (await checkText(ctx, 'comment', text, 'answer')) === 'review';
  const now = ctx.clock.now();
  const q = await close(ctx, id, ['claimed'], { status: 'answered', answer: text, answeredAt: now, ...(review ? { contentReview: true } : {}) }, (tx, q) =>
    enqueue(tx, now, { event: `legal:question:${q._id}:answered`, recipient: q.asker, kind: 'question_answered', title: `快速咨询已答复：${specialtyName(q.specialty)}`, body: `${q.claimedByName ?? '志愿者'}已答复您的问题`, link: `${LEGAL_PAGES.question}?id=${q._id}` }),
  );
  return { question: toQuestionView(q, 'volunteer') };
}

/** The asker withdraws an open or claimed question. */
export async function withdraw(ctx: ActionContext, id: string): Promise<{ question: QuestionView }> {
  await questionFor(ctx, id, 'resident');
  return { question: toQuestionView(await close(ctx, id, OPEN, { status: 'withdrawn' }), 'resident') };
}

/** A volunteer's quick questions: open ones they may claim (what about, never what says), and those they claimed. */
export async function volunteerQuestions(ctx: ActionContext): Promise<{ open: OpenQuestionRow[]; mine: QuestionView[] }> {
  const v = await requireVerified(ctx);
  const now = ctx.clock.now();
  const [open, mine] = await Promise.all([v.paused ? [] : claimableBy(ctx.store, v, servicesOf(v), now), questionsClaimedBy(ctx.store, v.openid)]);
  return { open: open.map(toOpenRow), mine: mine.map((q) => toQuestionView(q, 'volunteer')) };
}
