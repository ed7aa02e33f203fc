import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { STAFF_NOTICE_KINDS } from '../../../types/notify';
import { fmtDateTime } from '../../lib/cn-time';
import { askSubscribe } from '../../lib/subscribe';
import { appointmentText } from '../lib/staff-labels';
import './index.css';

/** The code a scanned invitation carries (`scene` = iv~CODE), or none when the page was opened to type one. */
function scannedCode(scene: string | undefined): string {
  const decoded = scene ? decodeURIComponent(scene) : '';
  return decoded.startsWith('iv~') ? decoded.slice(3) : '';
}

/** 接受任职邀请: the invitee sees the role and the unit, and takes it with one tap. */
export default function JoinPage() {
  const { params } = useRouter();
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState(scannedCode(params.scene));
  const preview = useCall(() => call('staff', 'invitation', { code }), code, code.length > 0);
  const accepting = useAction({ fallback: '接受失败，请稍后重试' });
  const i = preview.data;

  const accept = (role: NonNullable<typeof i>['role']) =>
    accepting.run(async () => {
      // The work notices of the new role (新诉求待受理, 诉求已升级) are asked for now: WeChat shows the dialog only from a tap.
      const asking = askSubscribe([...(STAFF_NOTICE_KINDS[role] ?? [])]);
      const res = await call('staff', 'accept', { code });
      await asking;
      return res.already ? '您已接受过这个邀请' : `已任职：${appointmentText(res.invitation.role, res.invitation.unitName, res.invitation.duty)}`;
    });

  return (
    <View className='page join'>
      {!code && (
        <View className='card'>
          <Text className='card-title'>输入任职邀请码</Text>
          <Input className='join__input' value={typed} maxlength={11} placeholder='如 ABCDE-FGHJK' onInput={(e) => setTyped(e.detail.value)} />
          <Button className='btn-primary join__check' disabled={typed.trim().length < 10} onClick={() => setCode(typed.trim())}>
            查看邀请
          </Button>
        </View>
      )}
      {preview.error && <Text className='error'>{preview.error.message}</Text>}
      {i && (
        <View className='card join__offer'>
          <Text className='muted'>{i.invitedByName}邀请您担任</Text>
          <Text className='join__role'>{appointmentText(i.role, i.unitName, i.duty)}</Text>
          <Text className='muted'>{fmtDateTime(i.expiresAt)}前有效</Text>
          {!accepting.notice && i.status === 'open' && (
            <Button className='btn-primary join__accept' loading={accepting.busy} onClick={() => void accept(i.role)}>
              接受任职
            </Button>
          )}
          {i.status !== 'open' && !accepting.notice && <Text className='error'>{{ used: '该邀请已被使用', revoked: '该邀请已被撤销', expired: '该邀请已过期' }[i.status]}</Text>}
          {accepting.notice && (
            <>
              <Text className='join__done'>{accepting.notice}</Text>
              <Button className='join__go' onClick={() => Taro.reLaunch({ url: '/pages/me/index' })}>
                进入“我的”查看工作入口
              </Button>
            </>
          )}
          {accepting.error && <Text className='error'>{accepting.error}</Text>}
        </View>
      )}
    </View>
  );
}
