import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { GeoPoint } from '../../../types/org';
import { checkAnswers } from '../../../types/request-form';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../../../types/mobile';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { dateInput } from '../../lib/cn-time';
import { cachedMe } from '../../lib/me-cache';
import { askSubscribe } from '../../lib/subscribe';
import { OfflineHint } from '../../components/offline-hint';
import { Page, PageStatus } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { useItemDetail } from '../../hooks/use-catalog';
import { fieldErrorsFrom, newIdempotencyKey, recheckField, toAnswers, type RawAnswers } from '../lib/answers';
import { ContactPhoneField } from './contact-phone-field';
import { FieldInput } from './field-input';
import { RouteCard } from './route-card';
import './index.css';

/**
 * 我要办理: an online item's own form. Checked here as the resident types for instant feedback, and again by the
 * `grid` function. One idempotency key per filled form, so a double tap or a retry after a dropped answer
 * makes one request.
 */
export default function RequestForm() {
  const { params } = useRouter();
  const code = params.code ?? '';
  const detail = useItemDetail(code);
  const item = detail.detail?.item;
  const [raw, setRaw] = useState<RawAnswers>({});
  const [contactPhone, setContactPhone] = useState('');
  const sending = useAction({
    fallback: '提交失败，请稍后重试',
    fieldsOf: fieldErrorsFrom,
    onError: (e) => (e.offline ? '网络不可用，请检查网络后再次提交（不会重复提交）' : undefined),
  });
  const { fieldErrors: errors, setFieldErrors: setErrors } = sending;
  const [location, setLocation] = useState<GeoPoint | undefined>(undefined);
  const key = useRef(newIdempotencyKey());

  if (detail.error) return <PageStatus className='request-form' error={detail.error.message} />;
  if (!item) return <PageStatus className='request-form' />;
  if (!item.online) return <PageStatus className='request-form' error='该事项暂不支持网上申请，请到窗口办理' />;
  const asksPhone = item.form.some((f) => f.key === 'phone');
  // A registered phone is offered, not asked for again: left blank, the function fills the full number in.
  const registered = cachedMe()?.phoneMasked;
  const form = registered ? item.form.map((f) => (f.key === 'phone' ? { ...f, required: false, hint: `不填则使用您登记的手机号 ${registered}` } : f)) : item.form;

  const change = (fieldKey: string, value: string | string[]) => {
    setRaw((prev) => ({ ...prev, [fieldKey]: value }));
    // Once a field was flagged, re-check it as the resident corrects it.
    if (errors[fieldKey]) setErrors((prev) => recheckField(form, fieldKey, value, prev));
  };

  const submit = () =>
    sending.run(async () => {
      const check = checkAnswers(form, toAnswers(form, raw), dateInput(Date.now()));
      const found = check.ok ? {} : { ...check.fields };
      if (contactPhone && !MOBILE_PATTERN.test(contactPhone)) found.contactPhone = MOBILE_MESSAGE;
      if (Object.keys(found).length > 0 || !check.ok) throw new ApiError('INVALID_INPUT', '请按提示修改后再提交', found);
      // Asked before the first network wait: WeChat shows the consent dialog only in direct answer to a tap.
      await askSubscribe(['request_received', 'request_update', 'request_resolved']);
      const res = await call('grid', 'submit', { code, answers: check.answers, idempotencyKey: key.current, ...(contactPhone ? { contactPhone } : {}), ...(location ? { location } : {}) });
      await Taro.redirectTo({ url: `/pkg-service/detail/index?id=${res.request.id}&new=1` });
    });

  return (
    <Page className='request-form'>
      <OfflineHint stale={detail.stale} />
      <View className='card'>
        <Text className='card-title'>{item.title}</Text>
        <Text className='muted'>{item.summary}</Text>
      </View>
      <View className='card'>
        {form.map((field) => (
          <FieldInput key={field.key} field={field} value={raw[field.key]} error={errors[field.key]} onChange={(v) => change(field.key, v)} />
        ))}
        {!asksPhone && (
          <ContactPhoneField value={contactPhone} error={errors.contactPhone} onChange={setContactPhone} />
        )}
      </View>
      <RouteCard onLocation={setLocation} />
      <Text className='muted request-form__note'>提交后由网格员或社区工作人员受理，办理进度可在“我的 → 我的申请”中查看。正式办理时请携带所需材料原件。</Text>
      {sending.error && <Text className='error request-form__message'>{sending.error}</Text>}
      <Button className='btn-primary request-form__submit' loading={sending.busy} disabled={sending.busy} onClick={() => !sending.busy && void submit()}>
        提交申请
      </Button>
    </Page>
  );
}
