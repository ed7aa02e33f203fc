import { ERASED_NAME, ERASURE_PAGE, type HoldsPeople, nobody, remove, union } from '../store/personal-data';
import { BOOKINGS, isActive, type BookingDoc } from './booking.repository';
import { READS, type CaseReadDoc } from './case-reads';
import { DAYS, dayId } from './day.repository';
import { QUESTIONS, type QuestionDoc } from './question.repository';
import { RESIDENTS, type ResidentDoc } from './resident-quota';
import { VOLUNTEERS, type VolunteerDoc } from './volunteer.repository';

/**
 * Bookings stay for the team's figures (category, way, times, hours) and for the other party's record; the leaving
 * person's name, number and words go. A resident's booking still pending or confirmed is cancelled by the system
 * and its volunteer's day touched, so the sweep frees its ticks as it does for any booking that ended.
 */
const legal_bookings: HoldsPeople<BookingDoc> = {
  holds: 'people',
  label: '法律咨询预约',
  fields: ['residentId', 'residentName', 'phone', 'volunteerOpenid', 'volunteerName'],
  find: (store, openid) => union(store.find(BOOKINGS, { residentId: openid }, ERASURE_PAGE), store.find(BOOKINGS, { volunteerOpenid: openid }, ERASURE_PAGE)),
  export: (b, openid) => ({
    as: b.residentId === openid ? '咨询人' : '志愿者',
    specialty: b.specialty,
    mode: b.mode,
    startAt: b.startAt,
    status: b.status,
    ...(b.residentId === openid ? { description: b.description, phone: b.phone, volunteer: b.volunteerName, advice: b.advice, guidance: b.guidance, rating: b.rating } : { summary: b.summary, advice: b.advice, hours: b.hours }),
  }),
  erase: async (b, { store, now, openid, alias }) => {
    if (b.residentId !== openid) return { kind: 'update', update: { set: { volunteerOpenid: alias, volunteerName: ERASED_NAME } } };
    const ending = isActive(b.status) ? { status: 'cancelled' as const, cancelledAt: now, cancelledBy: 'system' as const, cancelReason: '咨询人已注销账号' } : {};
    if (isActive(b.status)) await store.updateWhere(DAYS, { _id: dayId(b.volunteerId, b.date) }, { set: { touchedAt: now } });
    return { kind: 'update', update: { set: { ...ending, residentId: alias, residentName: ERASED_NAME, phone: null, description: '', rating: null, updatedAt: now } } };
  },
};

/** Quick questions: the asker's words and the answer to them go with the asker; a volunteer's answer stays for the asker. */
const legal_questions: HoldsPeople<QuestionDoc> = {
  holds: 'people',
  label: '快速法律咨询',
  fields: ['asker', 'askerName', 'claimedBy', 'claimedByName'],
  find: (store, openid) => union(store.find(QUESTIONS, { asker: openid }, ERASURE_PAGE), store.find(QUESTIONS, { claimedBy: openid }, ERASURE_PAGE)),
  export: (q, openid) => (q.asker === openid ? { as: '提问人', specialty: q.specialty, text: q.text, status: q.status, answer: q.answer, createdAt: q.createdAt } : { as: '答复的志愿者', specialty: q.specialty, answer: q.answer, answeredAt: q.answeredAt }),
  erase: (q, { now, openid, alias }) => {
    if (q.asker !== openid) return { kind: 'update', update: { set: { claimedBy: alias, claimedByName: ERASED_NAME } } };
    const closing = q.status === 'open' || q.status === 'claimed' ? { status: 'withdrawn' as const, closedAt: now } : {};
    return { kind: 'update', update: { set: { ...closing, asker: alias, askerName: ERASED_NAME, text: '', answer: q.answer === null ? null : '', updatedAt: now } } };
  },
};

/** A volunteer's record: kept as one who has left (bookings and figures name it), with nothing identifying them. */
const legal_volunteers: HoldsPeople<VolunteerDoc> = {
  holds: 'people',
  label: '法律援助志愿者登记',
  fields: ['openid', 'realName', 'licenseNo', 'firm'],
  find: (store, openid) => store.find(VOLUNTEERS, { openid }, ERASURE_PAGE),
  export: (v) => ({ kind: v.kind, realName: v.realName, licenseNo: v.licenseNo, firm: v.firm, specialties: v.specialties, modes: v.modes, team: v.unitName, status: v.status, appliedAt: v.appliedAt }),
  erase: (_v, { alias }) => ({ kind: 'update', update: { set: { openid: alias, realName: ERASED_NAME, licenseNo: null, firm: null, intro: '', status: 'left', paused: true } } }),
};

/** Who opened a case: a reader's entries stay on the other party's case with the reader anonymised. */
const legal_reads: HoldsPeople<CaseReadDoc> = {
  holds: 'people',
  label: '查看咨询内容的记录',
  fields: ['reader', 'readerName'],
  find: (store, openid) => store.find(READS, { reader: openid }, ERASURE_PAGE),
  export: (r) => ({ caseId: r.caseId, at: r.at, role: r.role }),
  erase: (_r, { alias }) => ({ kind: 'update', update: { set: { reader: alias, readerName: ERASED_NAME } } }),
};

/** A resident's limits (places held by their open bookings and questions): theirs alone. */
const legal_residents: HoldsPeople<ResidentDoc> = {
  holds: 'people',
  label: '法律咨询的进行中数量',
  fields: ['openid', '_id (hash of the OPENID)'],
  find: (store, openid) => store.find(RESIDENTS, { openid }, ERASURE_PAGE),
  export: (r) => ({ activeBookings: r.bookings.holders.length, openQuestions: r.questions.holders.length }),
  erase: () => remove,
};

export const LEGAL_AID_PERSONAL_DATA = {
  legal_bookings,
  legal_questions,
  legal_volunteers,
  legal_reads,
  legal_residents,
  legal_days: nobody('a volunteer day maps time ticks to booking ids; the volunteer is named by the hashed volunteer id'),
} as const;
