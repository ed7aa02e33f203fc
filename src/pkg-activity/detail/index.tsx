import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ActivityDetail } from '../../../types/activity';
import { CHECK_IN_PAGE, activityTypeName, audienceName } from '../../../types/activity-names';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { askSubscribe } from '../../lib/subscribe';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call-on-show';
import { fmtDateTime, fmtRange } from '../../lib/cn-time';
import { scanAndCheckIn } from '../lib/scan-check-in';
import './index.css';

const FACT: FactClasses = { row: 'activity-detail__fact', label: 'activity-detail__label', value: 'activity-detail__value' };

/** Activity detail: facts, the caller's signup with their place on the waiting list, and the actions open to them. */
export default function ActivityDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useCallOnShow(() => call('activity', 'get', { id }), id);
  const [confirming, setConfirming] = useState(false);
  const action = useAction({
    onDone: () => {
      setConfirming(false);
      detail.reload();
    },
  });
  const { run, busy, notice, error } = action;

  const a = detail.data;
  if (detail.error && !a) return <Text className='error'>{detail.error.message}</Text>;
  if (!a) return <Text className='empty'>加载中…</Text>;

  const signup = () =>
    run(async () => {
      // Asked first, inside the tap: WeChat shows the consent dialog only in direct answer to a tap.
      await askSubscribe(['signup_confirmed', 'signup_promoted', 'activity_reminder']);
      const { signup: s } = await call('activity', 'signup', { id });
      return s.status === 'confirmed' ? '报名成功，活动前会提醒您' : `名额已满，您已进入候补第${s.waitlistPosition}位`;
    });
  const cancel = () => run(async () => (await call('activity', 'cancel', { id }), '已取消报名'));

  return (
    <View className='page activity-detail'>
      {a.coverImage && <Image className='activity-detail__cover' src={a.coverImage} mode='aspectFill' />}
      <View className='card'>
        <View className='activity-detail__tags'>
          <Text className='tag'>{activityTypeName(a.type)}</Text>
          <Text className='tag tag-green'>{audienceName(a.audience)}</Text>
          {a.status === 'cancelled' && <Text className='tag tag-grey'>已取消</Text>}
        </View>
        <Text className='activity-detail__title'>{a.title}</Text>
        <FactRow classes={FACT} label='时间' value={fmtRange(a.startAt, a.endAt)} />
        <FactRow classes={FACT} label='地点' value={a.place} />
        <FactRow classes={FACT} label='组织' value={a.unitName} />
        <FactRow classes={FACT} label='对象' value={a.audience === 'residents' ? `${a.audienceUnitName}居民` : `${a.audienceUnitName}党员`} />
        <FactRow classes={FACT} label='名额' value={`已报名 ${a.confirmedCount}/${a.capacity}${a.waitlistCount ? `，候补 ${a.waitlistCount} 人` : ''}`} />
        <FactRow classes={FACT} label='报名截止' value={fmtDateTime(a.signupDeadline)} />
        <FactRow classes={FACT} label='取消截止' value={fmtDateTime(a.cancelDeadline)} />
      </View>

      <MyStatus a={a} />
      {notice && <Text className='activity-detail__notice'>{notice}</Text>}
      {error && <Text className='error'>{error}</Text>}
      <View className='activity-detail__actions'>
        {a.status === 'published' && (!a.mine || a.mine.status === 'cancelled') && (
          <>
            {a.signupOpen && a.eligible && (
              <Button className='btn-primary activity-detail__signup' loading={busy} disabled={busy} onClick={() => void signup()}>
                {a.confirmedCount >= a.capacity ? '报名（进入候补）' : '我要报名'}
              </Button>
            )}
            {!a.signupOpen && <Text className='muted activity-detail__hint'>报名已截止</Text>}
            {a.signupOpen && !a.eligible && <Text className='muted activity-detail__hint'>您不在本活动的参加范围内</Text>}
          </>
        )}
        {a.mine?.status === 'confirmed' && a.checkInOpen && !a.mine.checkedInAt && (
          <>
            <Button className='btn-primary' onClick={() => void run(scanAndCheckIn)}>
              扫码签到
            </Button>
            <Button className='activity-detail__secondary' onClick={() => Taro.navigateTo({ url: `${CHECK_IN_PAGE}?id=${a.id}` })}>
              出示我的签到码
            </Button>
          </>
        )}
        {a.cancelOpen && !confirming && (
          <Button className='activity-detail__secondary activity-detail__cancel' disabled={busy} onClick={() => setConfirming(true)}>
            {a.mine?.status === 'waitlisted' ? '退出候补' : '取消报名'}
          </Button>
        )}
        {confirming && (
          <View className='card activity-detail__confirm'>
            <Text>确定{a.mine?.status === 'waitlisted' ? '退出候补' : '取消报名'}吗？名额将自动让给候补中的党员。</Text>
            <View className='activity-detail__confirm-row'>
              <Button className='activity-detail__mini activity-detail__confirm-yes' size='mini' loading={busy} onClick={() => void cancel()}>
                确认取消
              </Button>
              <Button className='activity-detail__mini' size='mini' onClick={() => setConfirming(false)}>
                再想想
              </Button>
            </View>
          </View>
        )}
        {a.canManage && (
          <Button className='activity-detail__secondary' onClick={() => Taro.navigateTo({ url: `/pkg-branch/manage/index?id=${a.id}` })}>
            活动管理（签到与名单）
          </Button>
        )}
      </View>

      {a.description && (
        <View className='card'>
          <Text className='card-title'>活动介绍</Text>
          <Text className='activity-detail__desc'>{a.description}</Text>
        </View>
      )}
    </View>
  );
}

function MyStatus({ a }: { a: ActivityDetail }) {
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
