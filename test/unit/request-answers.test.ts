import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { fieldErrorsFrom, newIdempotencyKey, recheckField, toAnswers } from '../../src/pkg-service/lib/answers';
import { IdempotencyKeySchema } from '../../types/functions/grid';
import { checkAnswers } from '../../types/request-form';

const MS01 = CATALOG_ITEMS.find((i) => i.code === 'MS-01')!.form;

describe('the request form on the device', () => {
  it('turns typed text into answers: numbers parsed, blanks and empty choices left out', () => {
    expect(toAnswers(MS01, { householdSize: ' 3 ', hardship: ['因病'], visitDate: '', phone: '13800000001' })).toEqual({ householdSize: 3, hardship: ['因病'], phone: '13800000001' });
    expect(toAnswers(MS01, { hardship: [] })).toEqual({});
  });

  it('keeps a non-number typed into a number field so the check can name it', () => {
    const answers = toAnswers(MS01, { householdSize: '三', hardship: ['因病'], phone: '13800000001' });
    expect(checkAnswers(MS01, answers)).toEqual({ ok: false, fields: { householdSize: '共同生活家庭人口请填写数字' } });
  });

  it('makes idempotency keys the server accepts, different each time', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).not.toBe(b);
    expect(IdempotencyKeySchema.safeParse(a).success).toBe(true);
    expect(IdempotencyKeySchema.safeParse(newIdempotencyKey(0, () => 0)).success).toBe(true);
  });

  it('re-checks a flagged field as it is corrected, leaving the others flagged', () => {
    const flagged = { householdSize: '请填写共同生活家庭人口', hardship: '请选择主要困难' };
    expect(recheckField(MS01, 'householdSize', '30', flagged)).toEqual({ householdSize: '共同生活家庭人口不能大于20', hardship: '请选择主要困难' });
    expect(recheckField(MS01, 'householdSize', '3', flagged)).toEqual({ hardship: '请选择主要困难' });
    expect(flagged).toEqual({ householdSize: '请填写共同生活家庭人口', hardship: '请选择主要困难' });
  });

  it('shows server field errors under the field they belong to', () => {
    expect(fieldErrorsFrom({ 'answers.phone': '请填写正确的联系电话', contactPhone: '请填写11位手机号码' })).toEqual({ phone: '请填写正确的联系电话', contactPhone: '请填写11位手机号码' });
    expect(fieldErrorsFrom(undefined)).toEqual({});
  });
});
