import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { RequestDetail } from '../../../types/request';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { PhotoGrid } from '../../components/photo-grid';
import { RequestTimeline } from '../../components/request-timeline';
import { useCallOnShow } from '../../hooks/use-call';
import { WorkActions } from './work-actions';
import { WorkerFacts } from './worker-facts';
import './index.css';

const FACT: FactClasses = { row: 'work__fact', label: 'muted work__label', value: 'work__value' };

/** A request as the people who act on it (or oversee it) see it, with the steps they may take now. */
export default function WorkRequest() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useCallOnShow(() => call('grid', 'get', { id }), id);
  const [changed, setChanged] = useState<RequestDetail | null>(null);
  const r = changed && changed.updatedAt >= (loaded.data?.updatedAt ?? 0) ? changed : loaded.data;

  if (loaded.error) return <Text className='error'>{loaded.error.message}</Text>;
  if (!r) return <Text className='empty'>加载中…</Text>;

  return (
    <View className='page work'>
      <WorkerFacts r={r} />
      <View className='card'>
        <Text className='card-title'>{r.kind === 'item' ? '申请内容' : '问题描述'}</Text>
        {r.answers.map((a) => (
          <FactRow key={a.key} classes={FACT} label={a.label} value={a.text} />
        ))}
        {r.kind === 'report' && <Text className='work__description'>{r.description ?? '（内容审核中）'}</Text>}
        {r.descriptionHeld && r.description !== null && <Text className='work__held'>内容审核中，目前仅居民和负责人可见</Text>}
        <PhotoGrid photos={r.photos} />
        {r.hiddenPhotos > 0 && <Text className='muted'>另有{r.hiddenPhotos}张照片审核中</Text>}
      </View>
      {r.can.length > 0 && <WorkActions r={r} onChanged={setChanged} />}
      <RequestTimeline items={r.timeline} />
    </View>
  );
}
