import { Button, Text, View } from '@tarojs/components';
import { NOTIFICATION_KIND_LABELS } from '../../../types/notify';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { askSubscribe } from '../../lib/subscribe';

/** Below this many sends left, a one-time template asks to be renewed. */
const LOW = 3;

/**
 * Staff only (nothing for residents): whether their work notices will reach WeChat — 长期订阅, or the sends left
 * of a one-time template with 续订 (a tap, as WeChat's consent dialog requires). The inbox itself carries everything.
 */
export function StaffSubscriptions() {
  const subs = useCall(() => call('notify', 'subscriptions', {}), 'subscriptions');
  const items = subs.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <View className='staff-subs'>
      {items.map((item) => {
        const label = item.kinds.map((k) => NOTIFICATION_KIND_LABELS[k]).join('、');
        const active = item.credits > 0;
        const state = item.longTerm ? (active ? '已长期订阅' : '未订阅') : `微信提醒剩余 ${item.credits} 次`;
        const ask = !active || (!item.longTerm && item.credits < LOW);
        return (
          <View key={item.kinds.join()} className='staff-subs__row'>
            <Text className='staff-subs__label'>{label}</Text>
            <Text className={`staff-subs__state${ask ? ' staff-subs__state--low' : ''}`}>{state}</Text>
            {ask && (
              <Button className='btn-secondary staff-subs__renew' onClick={() => void askSubscribe([...item.kinds]).then(subs.reload)}>
                {active ? '续订' : '订阅'}
              </Button>
            )}
          </View>
        );
      })}
    </View>
  );
}
