import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { asApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { QrCode } from '../../components/qr-code';
import { useAction } from '../../hooks/use-action';
import { useRotating } from '../../hooks/use-rotating';
import { fmtDateTime } from '../../lib/cn-time';
import { scanAndCheckIn } from '../lib/scan-check-in';
import './index.css';

/**
 * 活动签到. With `t` (the link in the organiser's QR code, or a scan in WeChat) it checks the member in; with
 * `id` it shows the member's own rotating code for the organiser to scan; otherwise it explains how to scan.
 */
export default function CheckInPage() {
  const { params } = useRouter();
  const token = params.t ? decodeURIComponent(params.t) : null;
  const activityId = params.id ?? null;
  return (
    <Page className='checkin'>
      {token && <CheckInWithToken token={token} />}
      {activityId && <MemberCode activityId={activityId} />}
      {!token && !activityId && <ScanHelp />}
    </Page>
  );
}

function CheckInWithToken({ token }: { token: string }) {
  const [result, setResult] = useState<{ title: string; checkedInAt: number; already: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('activity', 'checkIn', { token })
      .then(setResult)
      .catch((err: unknown) => setError(asApiError(err, '签到失败，请重新扫描').message));
  }, [token]);
  if (error) {
    return (
      <View className='card checkin__result checkin__result--fail'>
        <Text className='checkin__icon'>!</Text>
        <Text className='checkin__headline'>签到未成功</Text>
        <Text className='checkin__reason'>{error}</Text>
        {process.env.TARO_ENV !== 'h5' && <Button className='btn-primary' onClick={() => void scanAndCheckIn()}>重新扫码</Button>}
      </View>
    );
  }
  if (!result) return <Text className='empty'>正在签到…</Text>;
  return (
    <View className='card checkin__result checkin__result--ok'>
      <View className='checkin__icon checkin__icon--ok' />
      <Text className='checkin__headline'>{result.already ? '您已签到' : '签到成功'}</Text>
      <Text className='checkin__title'>{result.title}</Text>
      <Text className='muted'>签到时间 {fmtDateTime(result.checkedInAt)}</Text>
    </View>
  );
}

function MemberCode({ activityId }: { activityId: string }) {
  const { data, error } = useRotating(() => call('activity', 'memberCode', { activityId }), activityId);
  return (
    <View className='card checkin__code'>
      <Text className='card-title'>我的签到码</Text>
      {error && <Text className='error'>{error}</Text>}
      {data?.code && <QrCode id='member-code' text={data.code} data={{ code: data.code }} />}
      {data && !data.code && <Text className='empty'>签到将于 {fmtDateTime(data.opensAt)} 开放</Text>}
      <Text className='muted checkin__tip'>请将此码出示给活动组织人扫描，签到码每30秒自动更新，截图无效。</Text>
    </View>
  );
}

function ScanHelp() {
  const scan = useAction();
  return (
    <View className='card checkin__help'>
      <Text className='card-title'>扫码签到</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <Text className='checkin__reason'>请用手机相机扫描活动组织人出示的签到二维码，扫码后会自动打开本页完成签到。</Text>
      ) : (
        <Button className='btn-primary' onClick={() => void scan.run(scanAndCheckIn)}>
          扫描签到二维码
        </Button>
      )}
      {scan.error && <Text className='error'>{scan.error}</Text>}
    </View>
  );
}
