import type { RequestDetail, RequestSummary } from '../../../types/functions/grid';
import { answerText } from '../../../types/request-form';
import { maskPhone } from '../kernel/mask';
import type { RequestDoc } from './request.repository';

export function toSummary(doc: RequestDoc): RequestSummary {
  return { id: doc._id, no: doc.no, code: doc.code, title: doc.title, status: doc.status, createdAt: doc.createdAt };
}

/** An answer as the resident's view shows it: a phone number (fields keyed `phone`) masked like the contact phone. */
function shownAnswer(key: string, value: RequestDoc['answers'][string]): string {
  return key === 'phone' && typeof value === 'string' ? (maskPhone(value) ?? '') : answerText(value);
}

/** The resident's view: answers with their labels, phone numbers masked wherever they appear. */
export function toDetail(doc: RequestDoc): RequestDetail {
  return {
    ...toSummary(doc),
    answers: doc.form.filter((f) => doc.answers[f.key] !== undefined).map((f) => ({ key: f.key, label: f.label, text: shownAnswer(f.key, doc.answers[f.key]!) })),
    contactPhoneMasked: maskPhone(doc.contactPhone),
    communityName: doc.communityName,
    buildingName: doc.buildingName,
    gridName: doc.gridName,
    routedBy: doc.routedBy,
    updatedAt: doc.updatedAt,
    history: doc.history.map((h) => ({ at: h.at, status: h.status, note: h.note })),
  };
}
