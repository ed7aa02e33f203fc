import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestSummary } from '../../../types/request';
import { ESCALATION_LEVELS, REQUEST_STATUS_LABELS, URGENCY_LABELS } from '../../../types/request-names';
import { dueText } from '../../lib/request-due';
import './index.css';

/** One request in a worker's list: what, where, and how long is left, red once overdue. */
export function RequestRow({ r }: { r: RequestSummary }) {
  return (
    <View className='card inbox__row' onClick={() => Taro.navigateTo({ url: `/pkg-grid/request/index?id=${r.id}` })}>
      <View className='inbox__head'>
        <Text className='inbox__title'>{r.title}</Text>
        {r.urgency === 'urgent' && <Text className='tag'>{URGENCY_LABELS.urgent}</Text>}
        <Text className='tag tag-grey'>{REQUEST_STATUS_LABELS[r.status]}</Text>
      </View>
      <Text className={`inbox__due ${r.overdue ? 'inbox__due--late' : ''}`}>{dueText(r)}</Text>
      <Text className='muted'>
        {r.no} · {r.gridName ?? '社区统一分派'} · {r.holderName}
        {r.level > 0 ? ` · 已升级至${ESCALATION_LEVELS[r.level]}` : ''}
      </Text>
    </View>
  );
}
