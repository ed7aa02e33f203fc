import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CHECK_IN_PAGE } from '../../../types/activity-names';
import { HOUSEHOLD_PAGE } from '../../../types/residence';
import { call } from '../../api/client';
import { Page, PageStatus } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { askSubscribe } from '../../lib/subscribe';
import { scanAndCheckIn } from '../lib/scan-check-in';
import { ActivityFacts } from './activity-facts';
import { CancelSignup } from './cancel-signup';
import { MyStatus } from './my-status';
import './index.css';

/** Activity detail: facts, the caller's signup with their place on the waiting list, and the actions open to them. */
export default function ActivityDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useCallOnShow(() => call('activity', 'get', { id }), id);
  const { run, busy, notice, error } = useAction({ onDone: detail.reload });
  // A place on the waiting list is not a seat: told as a wait, not as a success.
  const waiting = detail.data?.mine?.status === 'waitlisted';

  const a = detail.data;
  if (detail.error && !a) return <PageStatus className='activity-detail' error={detail.error.message} />;
  if (!a) return <PageStatus className='activity-detail' />;

  const signup = () =>
    run(async () => {
      // Asked first, inside the tap: WeChat shows the consent dialog only in direct answer to a tap.
      await askSubscribe(['signup_confirmed', 'signup_promoted', 'activity_reminder']);
      const { signup: s } = await call('activity', 'signup', { id });
      return s.status === 'confirmed' ? '报名成功，活动前会提醒您' : `名额已满，您尚未报上：已排在候补第${s.waitlistPosition}位，有人取消时按顺序递补并通知您`;
    });
  const cancel = () =>
    run(async () => {
      await call('activity', 'cancel', { id });
      return '已取消报名';
    });

  return (
    <Page className='activity-detail'>
      {a.coverImage && <Image className='activity-detail__cover' src={a.coverImage} mode='aspectFill' />}
      <ActivityFacts a={a} />
      <MyStatus a={a} />
      {notice && <Text className={`activity-detail__notice ${waiting ? 'notice-wait' : 'notice-ok'}`}>{notice}</Text>}
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
            {a.signupOpen && !a.eligible && !a.residenceNeeded && <Text className='muted activity-detail__hint'>您不在本活动的参加范围内</Text>}
            {a.signupOpen && a.residenceNeeded && (
              <Text className='muted activity-detail__hint activity-detail__residence' onClick={() => Taro.navigateTo({ url: HOUSEHOLD_PAGE })}>
                本活动面向已核实住址的居民，请先在“我的住户”登记并核实（点此前往）
              </Text>
            )}
          </>
        )}
        {a.mine?.status === 'confirmed' && a.checkInOpen && !a.mine.checkedInAt && (
          <>
            <Button className='btn-primary' onClick={() => void run(scanAndCheckIn)}>
              扫码签到
            </Button>
            <Button className='btn-secondary activity-detail__secondary' onClick={() => Taro.navigateTo({ url: `${CHECK_IN_PAGE}?id=${a.id}` })}>
              出示我的签到码
            </Button>
          </>
        )}
        <CancelSignup a={a} busy={busy} onCancel={cancel} />
        {a.canManage && (
          <Button className='btn-secondary activity-detail__secondary' onClick={() => Taro.navigateTo({ url: `/pkg-branch/manage/index?id=${a.id}` })}>
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
    </Page>
  );
}
