import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/legal.css';
import { BookingFacts } from './booking-facts';
import { CaseReads } from './case-reads';
import { ContentCard } from './content-card';
import { ResidentActions } from './resident-actions';
import { VolunteerActions } from './volunteer-actions';
import { Page } from '../../components/page';
import './index.css';

/** One consultation, for its resident or its volunteer only: the facts, the content, and each side's actions. */
export default function BookingPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useCallOnShow(() => call('legal-aid', 'get', { id }), id);
  const act = useAction({ onDone: detail.reload });
  const b = detail.data;
  if (detail.error && !b) return <Text className='error legal-booking__refused'>{detail.error.message}</Text>;
  if (!b) return <Text className='empty'>加载中…</Text>;
  return (
    <Page className='legal-booking'>
      <BookingFacts b={b} />
      {act.notice && <Text className='legal-notice legal-booking__notice'>{act.notice}</Text>}
      {act.error && <Text className='error legal-booking__error'>{act.error}</Text>}
      {b.role === 'resident' ? <ResidentActions b={b} act={act} /> : <VolunteerActions b={b} act={act} />}
      <ContentCard b={b} />
      {b.role === 'resident' && <CaseReads id={b.id} />}
    </Page>
  );
}
