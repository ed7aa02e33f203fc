import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '../../../types/functions/user';
import { CONSENT_TEXTS } from '../../../types/privacy';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { PRIVACY_AGREE_ID, PRIVACY_GUIDE_PAGE, answerPrivacyRequest } from '../../lib/privacy';
import './index.css';

/**
 * First use: the privacy guide in short, a link to all of it, and consent, recorded with the guide's version
 * (user.consent). Shown instead of 首页 until agreed, and again when the guide's version moves. In WeChat the agree
 * button also gives WeChat's own privacy authorization (open-type agreePrivacyAuthorization).
 */
export function PrivacyGate({ onAgreed }: { onAgreed: (me: Me) => void }) {
  const text = CONSENT_TEXTS.basic;
  const agreeing = useAction({ fallback: '提交失败，请稍后重试' });
  const agree = () =>
    agreeing.run(() =>
      call('user', 'consent', { scope: 'basic', version: text.version }).then((me) => {
        answerPrivacyRequest(true);
        onAgreed(me);
      }),
    );
  return (
    <View className='page privacy-gate'>
      <View className='card'>
        <Text className='card-title'>{text.title}</Text>
        <Text className='privacy-gate__summary'>{text.summary}</Text>
        <Text className='privacy-gate__link' onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_PAGE })}>
          阅读完整的《{text.title}》
        </Text>
        {agreeing.error && <Text className='error'>{agreeing.error}</Text>}
        <Button id={PRIVACY_AGREE_ID} className='btn-primary privacy-gate__agree' openType='agreePrivacyAuthorization' loading={agreeing.busy} disabled={agreeing.busy} onClick={() => void agree()}>
          同意并继续
        </Button>
        <Text className='muted privacy-gate__decline'>如不同意，请直接退出，我们不会收集您的任何信息。</Text>
      </View>
    </View>
  );
}
