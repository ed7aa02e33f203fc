import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { BookingDetail } from '../../../types/legal-aid-cases';
import { LEGAL_PAGES } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import type { ActionState } from '../../hooks/use-action';
import { RateForm } from './rate-form';

/** What the resident may do with their booking: move it once, cancel it, rate it, or choose again after a refusal. */
export function ResidentActions({ b, act }: { b: BookingDetail; act: ActionState }) {
  const [confirming, setConfirming] = useState(false);
  const lawyerPage = (extra = '') => Taro.navigateTo({ url: `${LEGAL_PAGES.lawyer}?id=${b.lawyerId}${extra}` });
  const cancel = () =>
    act.run(async () => {
      await call('legal-aid', 'cancel', { id: b.id });
      setConfirming(false);
      return '已取消预约';
    });
  const chooseAgain = b.status === 'declined' || b.status === 'expired' || (b.status === 'cancelled' && b.cancelledBy !== 'resident');

  return (
    <View className='legal-buttons'>
      {b.canRate && <RateForm id={b.id} act={act} />}
      {b.canReschedule && (
        <Button className='legal-secondary legal-booking__reschedule' onClick={() => void lawyerPage(`&reschedule=${b.id}`)}>
          改期（只能改一次）
        </Button>
      )}
      {b.canCancel && !confirming && (
        <Button className='legal-secondary legal-booking__cancel' disabled={act.busy} onClick={() => setConfirming(true)}>
          取消预约
        </Button>
      )}
      {confirming && (
        <View className='card'>
          <Text>确定取消这次预约吗？时段会让给其他居民。</Text>
          <View className='legal-buttons'>
            <Button className='btn-primary legal-booking__cancel-yes' loading={act.busy} onClick={() => void cancel()}>
              确认取消
            </Button>
            <Button className='legal-secondary' onClick={() => setConfirming(false)}>
              再想想
            </Button>
          </View>
        </View>
      )}
      {!b.canCancel && (b.status === 'pending' || b.status === 'confirmed') && <Text className='legal-hint'>距咨询开始时间较近，已不能在线取消或改期，如有特殊情况请联系志愿者。</Text>}
      {chooseAgain && (
        <Button className='btn-primary legal-booking__again' onClick={() => void lawyerPage()}>
          另选时段
        </Button>
      )}
      {chooseAgain && (
        <Button className='legal-secondary' onClick={() => void Taro.navigateTo({ url: LEGAL_PAGES.home })}>
          找其他志愿者
        </Button>
      )}
    </View>
  );
}
