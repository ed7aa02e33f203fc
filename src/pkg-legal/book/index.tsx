import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { LEGAL_PAGES, SERVICES_OF_KIND } from '../../../types/legal-aid-names';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { askSubscribe } from '../../lib/subscribe';
import { newKey } from '../lib/keys';
import { BookFormFields, type BookForm } from './book-form';
import { Page } from '../../components/page';
import './index.css';

/** 预约咨询: one slot of one volunteer, what it is about, and the resident's consent to share it with them. */
export default function BookPage() {
  const { params } = useRouter();
  const lawyerId = params.lawyerId ?? '';
  const startAt = Number(params.startAt);
  const info = useCall(() => call('legal-aid', 'slots', { lawyerId }), lawyerId);
  const [form, setForm] = useState<BookForm>({ specialty: null, service: 'advice', mode: null, description: '', phone: '', consent: false });
  const key = useRef(newKey());
  const action = useAction();
  const v = info.data?.lawyer;
  const set = (patch: Partial<BookForm>) => setForm((f) => ({ ...f, ...patch }));
  // A 法律明白人 offers mediation and guidance: the choice starts on what this volunteer offers.
  const offered = v ? SERVICES_OF_KIND[v.kind] : [];
  const shown = { ...form, service: offered.includes(form.service) ? form.service : (offered[0] ?? form.service) };

  const submit = () =>
    action.run(async () => {
      if (!shown.specialty || !shown.mode) throw new ApiError('INVALID_INPUT', '请选择咨询类别和咨询方式', { ...(shown.specialty ? {} : { specialty: '请选择咨询类别' }), ...(shown.mode ? {} : { mode: '请选择咨询方式' }) });
      await askSubscribe(['booking_confirmed', 'booking_declined', 'consultation_reminder']);
      const { booking } = await call('legal-aid', 'book', {
        lawyerId, startAt, specialty: shown.specialty, service: shown.service, mode: shown.mode, description: shown.description.trim(),
        ...(form.phone ? { phone: form.phone } : {}), consent: form.consent as true, idempotencyKey: key.current,
      });
      void Taro.redirectTo({ url: `${LEGAL_PAGES.booking}?id=${booking.id}` });
    });

  if (info.error && !v) return <Text className='error'>{info.error.message}</Text>;
  if (!v) return <Text className='empty'>加载中…</Text>;
  return (
    <Page className='book'>
      <View className='card'>
        <Text className='legal-row__title'>{v.name}</Text>
        <Text className='legal-row__line book__when'>{fmtDateTime(startAt)}，免费</Text>
      </View>
      <BookFormFields v={v} form={shown} set={set} errors={action.fieldErrors} />
      {action.error && <Text className='error book__error'>{action.error}</Text>}
      <Button className='btn-primary book__submit' loading={action.busy} disabled={action.busy} onClick={() => void submit()}>
        提交预约
      </Button>
      <Text className='legal-hint'>志愿者确认后会通知您；未及时确认的预约会自动取消。</Text>
    </Page>
  );
}
