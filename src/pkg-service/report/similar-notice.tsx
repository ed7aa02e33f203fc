import { Text, View } from '@tarojs/components';
import type { GeoPoint } from '../../../types/org';
import { REQUEST_STATUS_LABELS, type ReportCategory } from '../../../types/request-names';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';

/** 已有人反映: open reports of the same kind at the same building in the last 24 hours, before the resident adds one. */
export function SimilarNotice({ category, location }: { category: ReportCategory; location: GeoPoint | undefined }) {
  const similar = useCall(() => call('grid', 'similar', { category, ...(location ? { location } : {}) }), `${category}|${location?.lng ?? ''}`);
  const items = similar.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <View className='card report__similar'>
      <Text className='report__similar-title'>24小时内已有{items.length}条相同问题的反映</Text>
      {items.slice(0, 3).map((s, i) => (
        <Text key={i} className='muted report__similar-row'>
          {s.sameBuilding ? '同一楼栋' : '同一网格'} · {fmtShortDateTime(s.createdAt)} · {REQUEST_STATUS_LABELS[s.status]}
        </Text>
      ))}
      <Text className='muted'>网格员已在处理。如情况不同或更严重，仍可继续上报。</Text>
    </View>
  );
}
