import type { RequestDetail, RequestSummary } from '../../../types/functions/grid';
import { answerText } from '../../../types/request-form';
import { maskPhone } from '../kernel/mask';
import type { RequestDoc } from './request.repository';

export function toSummary(doc: RequestDoc): RequestSummary {
  return { id: doc._id, no: doc.no, code: doc.code, title: doc.title, status: doc.status, createdAt: doc.createdAt };
}

/** The resident's view: answers with their labels, the phone masked. */
export function toDetail(doc: RequestDoc): RequestDetail {
  return {
    ...toSummary(doc),
    answers: doc.form.filter((f) => doc.answers[f.key] !== undefined).map((f) => ({ key: f.key, label: f.label, text: answerText(doc.answers[f.key]!) })),
    contactPhoneMasked: maskPhone(doc.contactPhone),
    communityName: doc.communityName,
    buildingName: doc.buildingName,
    gridName: doc.gridName,
    routedBy: doc.routedBy,
    updatedAt: doc.updatedAt,
    history: doc.history.map((h) => ({ at: h.at, status: h.status, note: h.note })),
  };
}
