import { Text, View } from '@tarojs/components';
import type { TimelineItem } from '../../../types/request';
import { TIMELINE_LABELS } from '../../../types/request-names';
import { fmtDateTime } from '../../lib/cn-time';
import { PhotoGrid } from '../photo-grid';
import './index.css';

/** 办理进度: every step of a request, who took it and when, with its note and photos, newest last. */
export function RequestTimeline({ items }: { items: readonly TimelineItem[] }) {
  return (
    <View className='card request-timeline'>
      <Text className='card-title'>办理进度</Text>
      {items.map((e, i) => (
        <View key={`${e.at}-${i}`} className='request-timeline__step'>
          <View className={`request-timeline__dot ${i === items.length - 1 ? 'request-timeline__dot--last' : ''}`} />
          <View className='request-timeline__body'>
            <Text className='request-timeline__title'>
              {TIMELINE_LABELS[e.action] ?? e.action}
              <Text className='muted'> · {e.byName}</Text>
            </Text>
            <Text className='muted'>{fmtDateTime(e.at)}</Text>
            {e.note !== null ? <Text className='request-timeline__note'>{e.note}</Text> : <Text className='muted'>（内容审核中）</Text>}
            {e.held && e.note !== null && <Text className='request-timeline__held'>内容审核中，仅本人和办理人员可见</Text>}
            <PhotoGrid photos={e.photos} />
          </View>
        </View>
      ))}
    </View>
  );
}
