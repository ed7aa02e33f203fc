import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';
import { appointmentText } from '../lib/staff-labels';
import { useAdminCommunity } from '../lib/use-admin-community';
import { MemberCard } from './member-card';
import './index.css';

/** 人员任命: a community's staff and its open invitations; invite, revoke, hand over. */
export default function StaffPage() {
  const { params } = useRouter();
  const { communities, communityId, choose, error } = useAdminCommunity(params.community);
  const list = useCallOnShow(() => call('staff', 'list', { communityId: communityId! }), communityId ?? '', Boolean(communityId));
  const revoking = useAction({ fallback: '撤销失败，请稍后重试', onDone: list.reload });
  const failure = error ?? list.error;

  return (
    <View className='page staff'>
      {failure && <Text className='error'>{failure.message}</Text>}
      {communities.length > 1 && (
        <View>
          {communities.map((c) => (
            <Text key={c.id} className={`admin-chip ${c.id === communityId ? 'admin-chip--on' : ''}`} onClick={() => choose(c.id)}>
              {c.name}
            </Text>
          ))}
        </View>
      )}
      <Button className='btn-primary staff__invite' onClick={() => Taro.navigateTo({ url: `/pkg-admin/invite/index?community=${communityId}` })}>
        邀请新成员
      </Button>
      {list.data && list.data.invitations.length > 0 && (
        <View className='card'>
          <Text className='card-title'>待接受的邀请</Text>
          {list.data.invitations.map((i) => (
            <View key={i.id} className='staff__grant'>
              <Text className='staff__grant-text'>
                {appointmentText(i.role, i.unitName, i.duty)}
                <Text className='muted'> {fmtShortDateTime(i.expiresAt)}前有效</Text>
              </Text>
              <Text className='staff__link staff__link--danger' onClick={() => void revoking.run(() => call('staff', 'revoke', { invitationId: i.id }))}>
                撤销
              </Text>
            </View>
          ))}
          {revoking.error && <Text className='error'>{revoking.error}</Text>}
        </View>
      )}
      {list.data?.members.map((m) => (
        <MemberCard key={m.openid} m={m} onChanged={list.reload} />
      ))}
      {list.data && list.data.members.length === 0 && <Text className='empty'>还没有任命人员</Text>}
    </View>
  );
}
