import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { RequestDetail } from '../../../types/request';
import { RATING_LABELS } from '../../../types/request-names';
import { call } from '../../api/client';
import { Page, PageStatus } from '../../components/page';
import { RequestTimeline } from '../../components/request-timeline';
import { useCallOnShow } from '../../hooks/use-call';
import { RequestContent } from './request-content';
import { RequestFacts } from './request-facts';
import { ResidentActions } from './resident-actions';
import './index.css';

/** One of the resident's requests: what they asked, who has it and by when, what has happened, and what they can do. */
export default function RequestDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const justSent = params.new === '1';
  const loaded = useCallOnShow(() => call('grid', 'get', { id }), id);
  const [changed, setChanged] = useState<RequestDetail | null>(null);
  const r = changed && changed.updatedAt >= (loaded.data?.updatedAt ?? 0) ? changed : loaded.data;

  if (loaded.error) return <PageStatus className='request-detail' error={loaded.error.message} />;
  if (!r) return <PageStatus className='request-detail' />;

  return (
    <Page className='request-detail'>
      {justSent && (
        <View className='card request-detail__sent'>
          <Text className='request-detail__sent-title'>提交成功</Text>
          <Text className='muted'>已交给{r.holderName}办理，进展会通过消息通知您。</Text>
        </View>
      )}
      <RequestFacts r={r} />
      <RequestContent r={r} />
      {r.rating && (
        <View className='card'>
          <Text className='card-title'>我的评价</Text>
          <Text className='request-detail__rating'>{RATING_LABELS[r.rating.value]}</Text>
          {r.rating.comment && <Text className='request-detail__description'>{r.rating.comment}</Text>}
        </View>
      )}
      {r.viewer === 'resident' && r.can.length > 0 && <ResidentActions r={r} onChanged={setChanged} />}
      <RequestTimeline items={r.timeline} />
    </Page>
  );
}
