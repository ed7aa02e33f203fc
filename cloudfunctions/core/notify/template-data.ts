import { shanghai } from '../../../types/time';
import { KEYWORD, PLACEHOLDER, type KeywordType, type TemplateConfig } from '../platform/notify-config';
import type { TemplateData } from '../platform/subscribe-sender';

/**
 * Fills a subscribe-message template from a message and keeps every value within WeChat's rules for its keyword
 * type (订阅消息参数值内容限制): thing ≤ 20 characters, name ≤ 10 Chinese characters (or 20 letters),
 * phrase ≤ 5 Chinese characters, character_string / number / letter ≤ 32, symbol ≤ 5, phone_number ≤ 17,
 * car_number ≤ 8, time and date as date strings. No control characters anywhere. A value WeChat would refuse
 * anyway (empty, or not a number for `number`) is reported here, so the message fails with a readable reason
 * instead of WeChat's 47003.
 */
export type Rendered = { ok: true; data: TemplateData } | { ok: false; error: string };

export interface MessageValues {
  title: string;
  body: string;
  fields: Record<string, string>;
}

const MAX_CHARS: Partial<Record<KeywordType, number>> = {
  thing: 20,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
  phrase: 5,
  amount: 12,
  time: 40,
  date: 40,
};
const HAN = /\p{Script=Han}/u;
const EPOCH_MS = /^\d{12,13}$/;

/** Cuts to `max` characters (code points, as WeChat counts), marking a cut in free text with an ellipsis. */
function cut(text: string, max: number, ellipsis: boolean): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return ellipsis ? `${chars.slice(0, max - 1).join('')}…` : chars.slice(0, max).join('');
}

function shape(type: KeywordType, raw: string): string {
  const text = raw.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  switch (type) {
    case 'thing':
      return cut(text, 20, true);
    case 'name':
      // 10 Chinese characters, or 20 letters when there is no Chinese at all.
      return cut(text, HAN.test(text) ? 10 : 20, false);
    case 'phrase':
      return cut(Array.from(text).filter((c) => HAN.test(c)).join(''), 5, false);
    case 'time':
      // An epoch-ms value becomes Shanghai wall time, e.g. 2026年12月1日 09:30.
      return EPOCH_MS.test(text) ? shanghai(Number(text)).format('YYYY年M月D日 HH:mm') : cut(text, 40, false);
    case 'date':
      return EPOCH_MS.test(text) ? shanghai(Number(text)).format('YYYY年M月D日') : cut(text, 40, false);
    default:
      return cut(text, MAX_CHARS[type] ?? 20, false);
  }
}

function fill(pattern: string, values: MessageValues, missing: Set<string>): string {
  return pattern.replace(PLACEHOLDER, (_m, key: string) => {
    const value = key === 'title' ? values.title : key === 'body' ? values.body : values.fields[key];
    if (value === undefined || value === '') missing.add(key);
    return value ?? '';
  });
}

export function renderTemplate(template: TemplateConfig, values: MessageValues): Rendered {
  const data: TemplateData = {};
  for (const [keyword, pattern] of Object.entries(template.data)) {
    const type = KEYWORD.exec(keyword)?.[1] as KeywordType;
    const missing = new Set<string>();
    const value = shape(type, fill(pattern, values, missing));
    if (!value) return { ok: false, error: `模板字段 ${keyword} 没有取值${missing.size ? `（缺少 ${[...missing].join('、')}）` : ''}` };
    if (type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) return { ok: false, error: `模板字段 ${keyword} 不是数字：${value}` };
    data[keyword] = { value };
  }
  return { ok: true, data };
}
