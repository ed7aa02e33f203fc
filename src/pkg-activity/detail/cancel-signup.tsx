import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActivityDetail } from '../../../types/activity';

interface Props {
  a: ActivityDetail;
  busy: boolean;
  /** Cancels the caller's signup; resolves to whether it worked (the question closes then). */
  onCancel: () => Promise<boolean>;
}

/** 取消报名 / 退出候补, asked once more: the seat goes to the first one waiting. */
export function CancelSignup({ a, busy, onCancel }: Props) {
  const [confirming, setConfirming] = useState(false);
  const what = a.mine?.status === 'waitlisted' ? '退出候补' : '取消报名';
  if (!confirming) {
    return a.cancelOpen ? (
      <Button className='btn-secondary activity-detail__secondary activity-detail__cancel' disabled={busy} onClick={() => setConfirming(true)}>
        {what}
      </Button>
    ) : null;
  }
  return (
    <View className='card activity-detail__confirm'>
      <Text>确定{what}吗？{a.mine?.status === 'waitlisted' ? '您将离开候补名单。' : `名额将自动让给候补中的第一位${a.audience === 'residents' ? '居民' : '党员'}。`}</Text>
      <View className='activity-detail__confirm-row'>
        <Button className='btn-primary activity-detail__mini activity-detail__confirm-yes' loading={busy} onClick={() => void onCancel().then((done) => done && setConfirming(false))}>
          确认取消
        </Button>
        <Button className='btn-secondary activity-detail__mini' onClick={() => setConfirming(false)}>
          再想想
        </Button>
      </View>
    </View>
  );
}
