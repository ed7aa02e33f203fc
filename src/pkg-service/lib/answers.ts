import { dateInput } from '../../lib/cn-time';
import type { FormField } from '../../../types/catalog';
import { checkAnswers, type AnswerValue } from '../../../types/request-form';

/** What the form holds while the resident types: text as typed, choices as option lists. */
export type RawAnswers = Record<string, string | string[]>;

/** Turns typed text into answers: numbers parsed (a non-number stays NaN, so the check names it), blanks left out. */
export function toAnswers(fields: readonly FormField[], raw: RawAnswers): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const field of fields) {
    const value = raw[field.key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) answers[field.key] = value;
      continue;
    }
    if (value.trim() === '') continue;
    answers[field.key] = field.type === 'number' ? Number(value.trim()) : value;
  }
  return answers;
}

/** A fresh key per filled form: a double tap or a retry of the same form sends the same key and makes one request. */
export function newIdempotencyKey(now = Date.now(), random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `rq-${now.toString(36)}-${part()}${part()}`;
}

/** Server field errors come as `answers.<key>`; the form shows them by key. */
export function fieldErrorsFrom(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) out[path.replace(/^answers\./, '')] = message;
  return out;
}

/** The form's errors once a flagged field changes: its message follows the new value and goes when the value passes. */
export function recheckField(fields: readonly FormField[], key: string, value: string | string[], errors: Record<string, string>): Record<string, string> {
  const field = fields.filter((f) => f.key === key);
  const check = checkAnswers(field, toAnswers(field, { [key]: value }), dateInput(Date.now()));
  const next = { ...errors };
  if (check.ok) delete next[key];
  else if (check.fields[key]) next[key] = check.fields[key];
  return next;
}
