import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ActivitySummary } from '../../../types/activity';
import { ACTIVITY_DETAIL_PAGE, activityTypeName } from '../../../types/activity-names';
import { tapProps } from '../../lib/a11y';
import { fmtRange } from '../../lib/cn-time';
import './index.css';

function myStatus(a: ActivitySummary): { text: string; className: string } | null {
  if (a.status === 'cancelled') return { text: '活动已取消', className: 'tag tag-grey' };
  if (!a.mine || a.mine.status === 'cancelled') return null;
  if (a.mine.checkedInAt) return { text: '已签到', className: 'tag tag-green' };
  if (a.mine.status === 'confirmed') return { text: '已报名', className: 'tag tag-green' };
  return { text: `候补第${a.mine.waitlistPosition ?? '-'}位`, className: 'tag tag-orange' };
}

/** One activity in a list; tapping opens its detail (or `url`, e.g. the organiser's page). */
export function ActivityCard({ activity: a, url }: { activity: ActivitySummary; url?: string }) {
  const status = myStatus(a);
  return (
    <View className='activity-card' data-id={a.id} {...tapProps('link')} onClick={() => Taro.navigateTo({ url: url ?? `${ACTIVITY_DETAIL_PAGE}?id=${a.id}` })}>
      <View className='activity-card__head'>
        <Text className='tag'>{activityTypeName(a.type)}</Text>
        <Text className='activity-card__title'>{a.title}</Text>
      </View>
      <Text className='activity-card__when'>{fmtRange(a.startAt, a.endAt)}</Text>
      <Text className='muted activity-card__line'>
        {a.place} · {a.unitName}
      </Text>
      <View className='activity-card__foot'>
        <Text className='muted'>
          名额 {a.confirmedCount}/{a.capacity}
          {a.waitlistCount > 0 ? ` · 候补 ${a.waitlistCount} 人` : ''}
        </Text>
        {status && <Text className={`activity-card__status ${status.className}`}>{status.text}</Text>}
      </View>
    </View>
  );
}
