import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { LEGAL_PAGES } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { Profile } from './profile';
import { SlotPicker } from './slot-picker';
import { Page } from '../../components/page';
import './index.css';

/**
 * A volunteer and their free consultations. Opened to book, or (with `reschedule`, a booking's id) to move that
 * booking once to another of their free slots.
 */
export default function LawyerPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const moving = params.reschedule ?? '';
  const slots = useCallOnShow(() => call('legal-aid', 'slots', { lawyerId: id }), id);
  const { run, busy, notice, error } = useAction({ onDone: slots.reload });

  const pick = (startAt: number) => {
    if (!moving) return void Taro.navigateTo({ url: `${LEGAL_PAGES.book}?lawyerId=${id}&startAt=${startAt}` });
    void run(async () => {
      await call('legal-aid', 'reschedule', { id: moving, startAt });
      void Taro.redirectTo({ url: `${LEGAL_PAGES.booking}?id=${moving}` });
      return '已改期';
    });
  };

  if (slots.error && !slots.data) return <Text className='error'>{slots.error.message}</Text>;
  if (!slots.data) return <Text className='empty'>加载中…</Text>;
  return (
    <Page className='legal-lawyer'>
      <Profile v={slots.data.lawyer} />
      {moving && <Text className='legal-notice'>请选择新的时间。每个预约只能改期一次，选好后原时段即释放。</Text>}
      {notice && <Text className='legal-notice'>{notice}</Text>}
      {error && <Text className='error'>{error}</Text>}
      <SlotPicker days={slots.data.days} busy={busy} onPick={pick} />
    </Page>
  );
}
