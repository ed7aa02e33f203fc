import { Text } from '@tarojs/components';
import type { ActivityDetail } from '../../../types/activity';
import { fmtDateTime } from '../../lib/cn-time';

/** Where the caller stands: signed up, checked in, on the waiting list, or the activity called off. */
export function MyStatus({ a }: { a: ActivityDetail }) {
  if (a.status === 'cancelled') return <Text className='activity-detail__status activity-detail__status--off'>活动已取消{a.cancelReason ? `：${a.cancelReason}` : ''}</Text>;
  const mine = a.mine;
  if (!mine || mine.status === 'cancelled') return null;
  if (mine.status === 'waitlisted') {
    return (
      <Text className='activity-detail__status activity-detail__status--wait' data-status='waitlisted'>
        您在候补名单第 {mine.waitlistPosition} 位，有人取消时将按顺序自动递补并通知您
      </Text>
    );
  }
  return (
    <Text className='activity-detail__status' data-status={mine.checkedInAt ? 'checked-in' : 'confirmed'}>
      {mine.checkedInAt ? `您已签到（${fmtDateTime(mine.checkedInAt)}）` : '您已报名，请准时参加'}
    </Text>
  );
}
