import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InvitableRole, StaffMember } from '../../../types/functions/staff';
import { INVITABLE_ROLES } from '../../../types/functions/staff';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { appointmentText } from '../lib/staff-labels';

const invitable = (role: string): role is InvitableRole => (INVITABLE_ROLES as readonly string[]).includes(role);

/** One person's appointments in the community, each revocable; a grid worker's requests can be handed over. */
export function MemberCard({ m, onChanged }: { m: StaffMember; onChanged: () => void }) {
  const acting = useAction({ fallback: '操作失败，请稍后重试', onDone: onChanged });
  const confirm = async (content: string) => (await Taro.showModal({ title: '请确认', content })).confirm;
  const revoke = (role: InvitableRole, unitId: string, unitName: string) =>
    acting.run(async () => {
      if (!(await confirm(`撤销${m.name}在${unitName}的职务？其未办结的诉求将移交给替班网格员或社区。`))) return;
      const res = await call('staff', 'revoke', { openid: m.openid, role, unitId });
      return `已撤销，移交诉求${res.handedOver}件`;
    });
  const handOver = (unitId: string) =>
    acting.run(async () => {
      const res = await call('staff', 'handOver', { openid: m.openid, unitId });
      return `已将${res.handedOver}件诉求移交给${res.toName}`;
    });

  return (
    <View className='card staff__member'>
      <Text className='staff__name'>
        {m.name}
        <Text className='muted'> {m.phoneMasked ?? ''}</Text>
      </Text>
      {m.grants.map((g) => (
        <View key={`${g.role}-${g.unitId}`} className='staff__grant'>
          <Text className='staff__grant-text'>{appointmentText(g.role, g.unitName, g.duty)}</Text>
          {g.role === 'grid_worker' && m.openRequests > 0 && (
            <Text className='staff__link' onClick={() => void handOver(g.unitId)}>
              交接诉求
            </Text>
          )}
          {invitable(g.role) && (
            <Text className='staff__link staff__link--danger' onClick={() => void revoke(g.role as InvitableRole, g.unitId, g.unitName)}>
              撤销
            </Text>
          )}
        </View>
      ))}
      <Text className='muted'>未办结诉求 {m.openRequests} 件</Text>
      {acting.notice && <Text className='staff__notice'>{acting.notice}</Text>}
      {acting.error && <Text className='error'>{acting.error}</Text>}
    </View>
  );
}
