import type { FormField } from './catalog';
import { formDateProblem, todayText } from './date-windows';

/**
 * Answers to an item's request form, checked against the item's own field definitions. Pure and free of zod:
 * the form page runs it for instant feedback and the `grid` function runs it again before storing.
 */
export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; fields: Record<string, string> };

/** Default length limits when a text field sets none. */
const DEFAULT_MAX = { text: 100, textarea: 1000 } as const;
/** Fields keyed `phone` hold a phone number (mobile or landline) by convention of the content. */
const PHONE = /^[0-9+][0-9\- ]{3,18}[0-9]$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Real calendar dates only (no 2月30日), within a sane range. */
export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Checks one present value; returns the cleaned value or a Chinese message. */
function checkValue(field: FormField, value: AnswerValue, today: string): { value: AnswerValue } | { error: string } {
  const { label } = field;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return { error: `${label}格式不正确` };
      const text = value.trim();
      const max = field.maxLength ?? DEFAULT_MAX[field.type];
      if ([...text].length > max) return { error: `${label}最多${max}个字` };
      if (field.key === 'phone' && !PHONE.test(text)) return { error: `请填写正确的${label}` };
      return { value: text };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { error: `${label}请填写数字` };
      // Every number the content asks for is a count or an age.
      if (!Number.isInteger(value)) return { error: `${label}请填写整数` };
      if (field.min !== undefined && value < field.min) return { error: `${label}不能小于${field.min}` };
      if (field.max !== undefined && value > field.max) return { error: `${label}不能大于${field.max}` };
      return { value };
    }
    case 'date': {
      if (typeof value !== 'string' || !isValidDate(value)) return { error: `请选择正确的${label}` };
      const outside = field.when ? formDateProblem(field.when, value, label, today) : null;
      return outside ? { error: outside } : { value };
    }
    case 'single':
      if (typeof value !== 'string' || !(field.options ?? []).includes(value)) return { error: `请从选项中选择${label}` };
      return { value };
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !(field.options ?? []).includes(v))) {
        return { error: `请从选项中选择${label}` };
      }
      if (new Set(value).size !== value.length) return { error: `${label}的选项重复` };
      return { value: [...value] };
    }
  }
}

/**
 * Validates answers against the fields: unknown keys, required, types, bounds, options and date windows (relative to
 * `today`, YYYY-MM-DD in Shanghai: the device's on the form, the server's clock in the function); per-field messages.
 */
export function checkAnswers(fields: readonly FormField[], answers: Readonly<Record<string, AnswerValue | undefined>>, today: string = todayText()): AnswersCheck {
  const errors: Record<string, string> = {};
  const cleaned: Answers = {};
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) errors[key] = '表单中没有这一项';
  for (const field of fields) {
    const value = answers[field.key];
    if (value === undefined || isEmpty(value)) {
      if (field.required) errors[field.key] = field.type === 'single' || field.type === 'multi' ? `请选择${field.label}` : `请填写${field.label}`;
      continue;
    }
    const result = checkValue(field, value, today);
    if ('error' in result) errors[field.key] = result.error;
    else cleaned[field.key] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, fields: errors } : { ok: true, answers: cleaned };
}

/** An answer as people read it: choices joined with 、. */
export function answerText(value: AnswerValue): string {
  return Array.isArray(value) ? value.join('、') : String(value);
}
