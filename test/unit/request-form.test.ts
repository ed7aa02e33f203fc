import type { FormField } from '../../types/catalog';
import { answerText, checkAnswers, isValidDate } from '../../types/request-form';

const FIELDS: FormField[] = [
  { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 5 },
  { key: 'story', label: '情况说明', type: 'textarea', required: false },
  { key: 'size', label: '人数', type: 'number', required: true, min: 1, max: 10 },
  { key: 'day', label: '日期', type: 'date', required: false },
  { key: 'mode', label: '方式', type: 'single', required: true, options: ['上门', '到窗口'] },
  { key: 'meals', label: '餐次', type: 'multi', required: false, options: ['早餐', '午餐', '晚餐'] },
  { key: 'phone', label: '联系电话', type: 'text', required: false, maxLength: 20 },
];
const VALID = { name: '王建国', size: 2, mode: '上门' };
const errors = (answers: Record<string, unknown>) => {
  const result = checkAnswers(FIELDS, answers as never);
  return result.ok ? {} : result.fields;
};

describe('request form answers', () => {
  it('accepts valid answers, trimming text and leaving out empty optional ones', () => {
    expect(checkAnswers(FIELDS, { ...VALID, name: ' 王建国 ', story: '', meals: [], day: '2026-12-01', phone: '028-86001801' })).toEqual({
      ok: true,
      answers: { name: '王建国', size: 2, mode: '上门', day: '2026-12-01', phone: '028-86001801' },
    });
  });

  it('asks for every required field, as 请填写 or 请选择', () => {
    expect(errors({})).toEqual({ name: '请填写姓名', size: '请填写人数', mode: '请选择方式' });
    expect(errors({ ...VALID, name: '   ' })).toEqual({ name: '请填写姓名' });
  });

  it('checks text length (the field’s maxLength, or a default) in characters, and phone numbers', () => {
    expect(errors({ ...VALID, name: '欧阳娜娜娜娜' })).toEqual({ name: '姓名最多5个字' });
    expect(errors({ ...VALID, name: '😀😀😀😀😀' })).toEqual({});
    expect(errors({ ...VALID, story: '很'.repeat(1001) })).toEqual({ story: '情况说明最多1000个字' });
    expect(errors({ ...VALID, phone: '请打我电话' })).toEqual({ phone: '请填写正确的联系电话' });
    expect(errors({ ...VALID, name: 42 })).toEqual({ name: '姓名格式不正确' });
  });

  it('checks numbers: type, whole, min and max', () => {
    expect(errors({ ...VALID, size: '2' })).toEqual({ size: '人数请填写数字' });
    expect(errors({ ...VALID, size: Number.NaN })).toEqual({ size: '人数请填写数字' });
    expect(errors({ ...VALID, size: 1.5 })).toEqual({ size: '人数请填写整数' });
    expect(errors({ ...VALID, size: 0 })).toEqual({ size: '人数不能小于1' });
    expect(errors({ ...VALID, size: 11 })).toEqual({ size: '人数不能大于10' });
    expect(errors({ ...VALID, size: 10 })).toEqual({});
  });

  it('checks dates are real calendar days', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('26-1-1')).toBe(false);
    expect(errors({ ...VALID, day: '明天' })).toEqual({ day: '请选择正确的日期' });
  });

  it('holds a visit to today or later and a birth date to today or earlier, in Shanghai days', () => {
    const fields: FormField[] = [
      { key: 'visit', label: '期望上门日期', type: 'date', required: false, when: 'upcoming' },
      { key: 'born', label: '出生日期', type: 'date', required: false, when: 'past' },
    ];
    const today = '2026-12-02';
    expect(checkAnswers(fields, { visit: '2026-12-02', born: '2026-12-02' }, today)).toEqual({ ok: true, answers: { visit: '2026-12-02', born: '2026-12-02' } });
    expect(checkAnswers(fields, { visit: '2026-12-01', born: '2026-12-03' }, today)).toEqual({ ok: false, fields: { visit: '期望上门日期不能早于今天', born: '出生日期不能晚于今天' } });
  });

  it('checks choices against the options: one for single, a distinct subset for multi', () => {
    expect(errors({ ...VALID, mode: '快递' })).toEqual({ mode: '请从选项中选择方式' });
    expect(errors({ ...VALID, mode: ['上门'] })).toEqual({ mode: '请从选项中选择方式' });
    expect(errors({ ...VALID, meals: '午餐' })).toEqual({ meals: '请从选项中选择餐次' });
    expect(errors({ ...VALID, meals: ['午餐', '夜宵'] })).toEqual({ meals: '请从选项中选择餐次' });
    expect(errors({ ...VALID, meals: ['午餐', '午餐'] })).toEqual({ meals: '餐次的选项重复' });
  });

  it('refuses keys the form does not have', () => {
    expect(errors({ ...VALID, income: 3000 })).toEqual({ income: '表单中没有这一项' });
  });

  it('shows answers as people read them', () => {
    expect(answerText(['早餐', '午餐'])).toBe('早餐、午餐');
    expect(answerText(3)).toBe('3');
  });
});
