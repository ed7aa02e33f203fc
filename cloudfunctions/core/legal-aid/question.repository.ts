import { createHash } from 'node:crypto';
import type { QuestionStatus, Service, Specialty } from '../../../types/legal-aid-names';
import { findByIds } from '../store/find-by-ids';
import type { Store } from '../store/port';

export const QUESTIONS = 'legal_questions';

/**
 * A quick question (快速咨询): no slot; any verified volunteer of its specialty whose team serves the asker may claim
 * it, and the first claim wins, by one conditional update on this document (`open` → `claimed`). Before the claim,
 * volunteers see what it is about, never what it says; after, its text is for the asker and the claimer only.
 */
export interface QuestionDoc {
  _id: string;
  asker: string;
  askerName: string;
  communityId: string;
  /** Where the asker lives: a volunteer whose team's unit is on it may claim. */
  homePath: string[];
  specialty: Specialty;
  service: Service;
  text: string;
  contentReview: boolean;
  consentAt: number;
  status: QuestionStatus;
  createdAt: number;
  /** Unclaimed, or claimed but unanswered, past this: expired by the sweep. */
  expiresAt: number;
  claimedBy: string | null;
  claimedById: string | null;
  claimedByName: string | null;
  claimedAt: number | null;
  answer: string | null;
  answeredAt: number | null;
  closedAt: number | null;
  updatedAt: number;
}

export function questionIdOf(openid: string, idempotencyKey: string): string {
  return `qq_${createHash('sha1').update(`question\u0000${openid}\u0000${idempotencyKey}`).digest('hex').slice(0, 24)}`;
}

export const getQuestion = (store: Store, id: string) => store.get(QUESTIONS, id);
export const questionsByIds = (store: Store, ids: readonly string[]) => findByIds(store, QUESTIONS, ids);

export async function questionsOfAsker(store: Store, asker: string): Promise<QuestionDoc[]> {
  return store.find(QUESTIONS, { asker }, { orderBy: [['createdAt', 'desc']], limit: 100 });
}

export async function questionsClaimedBy(store: Store, openid: string): Promise<QuestionDoc[]> {
  return store.find(QUESTIONS, { claimedBy: openid }, { orderBy: [['claimedAt', 'desc']], limit: 100 });
}

/** Open questions a volunteer may claim: their team serves the asker, of their specialties and services. */
export async function claimableBy(store: Store, v: { unitId: string; specialties: Specialty[]; openid: string }, services: readonly Service[], now: number): Promise<QuestionDoc[]> {
  return store.find(
    QUESTIONS,
    { status: 'open', homePath: { $has: v.unitId }, specialty: { $in: v.specialties }, service: { $in: [...services] }, asker: { $ne: v.openid }, expiresAt: { $gt: now } },
    { orderBy: [['createdAt', 'asc']], limit: 100 },
  );
}

declare module '../store/collections' {
  interface CollectionDocs {
    legal_questions: QuestionDoc;
  }
}
