import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call } from '../../api/client';
import { ActivityCard } from '../../components/activity-card';
import { Page } from '../../components/page';
import { useCallOnShow } from '../../hooks/use-call';
import { tapProps } from '../../lib/a11y';
import './index.css';

/** 支部工作: what a branch officer does — publish activities, run check-in, approve members, see participation. */
export default function BranchHome() {
  const activities = useCallOnShow(() => call('activity', 'list', { scope: 'organised' }), 'org');
  const pending = useCallOnShow(() => call('party', 'applications', { status: 'pending' }), 'pending');
  const pendingCount = pending.data?.items.length ?? 0;

  return (
    <Page className='branch-home'>
      <Button className='btn-primary branch-home__create' onClick={() => Taro.navigateTo({ url: '/pkg-branch/edit/index' })}>
        发布活动
      </Button>
      <View className='card branch-home__links'>
        <View className='branch-home__link' data-entry='approvals' {...tapProps('link', { label: pendingCount > 0 ? `党员登记审核，${pendingCount}条待审核` : '党员登记审核' })} onClick={() => Taro.navigateTo({ url: '/pkg-branch/approvals/index' })}>
          <Text className='branch-home__link-title'>党员登记审核</Text>
          {pendingCount > 0 && <Text className='branch-home__badge'>{pendingCount}</Text>}
          <Text className='branch-home__arrow'>›</Text>
        </View>
        <View className='branch-home__link' data-entry='stats' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: '/pkg-branch/stats/index' })}>
          <Text className='branch-home__link-title'>参与情况统计</Text>
          <Text className='branch-home__arrow'>›</Text>
        </View>
      </View>
      <Text className='card-title'>本支部活动</Text>
      {activities.error && <Text className='error'>{activities.error.message}</Text>}
      {activities.data?.items.map((a) => <ActivityCard key={a.id} activity={a} url={`/pkg-branch/manage/index?id=${a.id}`} />)}
      {activities.data?.items.length === 0 && <Text className='empty'>还没有发布活动</Text>}
    </Page>
  );
}
