import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../api/client';
import { session } from '../../api/session';
import { useAction } from '../../hooks/use-action';

/**
 * 注销账号, behind a second, explicit confirmation. After it the app forgets the session (H5) and starts afresh: the
 * person arrives as a newcomer if they come back.
 */
export function DeleteAccount() {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const deleting = useAction({ fallback: '注销失败，请稍后重试' });
  const erase = () =>
    deleting.run(async () => {
      const { message } = await call('user', 'deleteMe', { confirm: true });
      setDone(message);
      if (process.env.TARO_ENV === 'h5') session.clear();
    });
  if (done) {
    return (
      <View className='card privacy-data__deleted'>
        <Text className='privacy-data__line'>{done}</Text>
        <Button className='btn-secondary privacy-data__restart' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>
          完成
        </Button>
      </View>
    );
  }
  return (
    <View className='card privacy-data__delete'>
      <Text className='card-title'>注销账号</Text>
      <Text className='muted privacy-data__line'>注销后，您的称呼、手机号、住址、申请、报名和消息将被删除；活动签到人数等他人需要的统计会匿名保留。注销不可撤销。</Text>
      {!confirming && (
        <Button className='btn-danger privacy-data__delete-start' onClick={() => setConfirming(true)}>
          注销账号
        </Button>
      )}
      {confirming && (
        <View>
          <Text className='privacy-data__warning'>确认注销？此操作不可撤销。</Text>
          {deleting.error && <Text className='error'>{deleting.error}</Text>}
          <Button className='btn-danger privacy-data__delete-confirm' loading={deleting.busy} disabled={deleting.busy} onClick={() => void erase()}>
            确认注销
          </Button>
          <Button className='btn-secondary privacy-data__delete-cancel' disabled={deleting.busy} onClick={() => setConfirming(false)}>
            取消
          </Button>
        </View>
      )}
    </View>
  );
}
