import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { QrCode } from '../../components/qr-code';
import { useCall } from '../../hooks/use-call';
import { useRotating } from '../../hooks/use-rotating';
import { fmtDateTime } from '../../lib/cn-time';
import './index.css';

/**
 * What a scan of the code opens. H5: a link to this app's check-in page, so a phone camera lands on it. WeChat: the
 * same path; the app's own scanner (scanCode) reads the `t` out of it.
 */
function linkOf(path: string): string {
  if (process.env.TARO_ENV !== 'h5') return path;
  return `${window.location.origin}${window.location.pathname}#${path}`;
}

/** 签到二维码: shown on the organiser's phone at the door; a new code every 30 s, each valid for 60 s. */
export default function CheckInQr() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const activity = useCall(() => call('activity', 'get', { id }), id);
  const { data, error } = useRotating(() => call('activity', 'checkInToken', { activityId: id }), id);
  const seconds = useCountdown(data);

  // Keep the screen awake while members scan.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
  }, []);

  const link = data?.path ? linkOf(data.path) : null;
  return (
    <Page className='qr'>
      <View className='card qr__card'>
        <Text className='qr__title'>{activity.data?.title ?? ''}</Text>
        <Text className='muted'>请党员用微信扫码签到</Text>
        {error && <Text className='error'>{error}</Text>}
        {data?.token && link && (
          <>
            <QrCode id='checkin-qr' text={link} data={{ token: data.token, link }} />
            <Text className='qr__refresh'>{seconds} 秒后自动更新</Text>
          </>
        )}
        {data && !data.token && (
          <Text className='empty qr__closed'>{Date.now() < data.opensAt ? `签到将于 ${fmtDateTime(data.opensAt)} 开放` : '签到已结束'}</Text>
        )}
      </View>
      <Text className='muted qr__tip'>二维码每30秒更换一次，截图或转发的旧码会失效，只能用于本活动签到。</Text>
    </Page>
  );
}

/** Seconds until the code changes, counted down locally from the server's figure (not from the phone's clock). */
function useCountdown(data: { refreshInMs: number } | null): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (!data) return;
    setLeft(Math.ceil(data.refreshInMs / 1000));
    const timer = setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000);
    return () => clearInterval(timer);
  }, [data]);
  return left;
}
