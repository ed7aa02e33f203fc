import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CONSENT_TEXTS } from '../../../types/privacy';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { PRIVACY_AGREE_ID, answerPrivacyRequest } from '../../lib/privacy';
import { GUIDE_SECTIONS } from './guide-text';
import { Page } from '../../components/page';
import { tapProps } from '../../lib/a11y';
import './index.css';

/**
 * The privacy guide in full. Opened from the first-use gate and from 我的数据; in WeChat also when a privacy API
 * waits for the guide (`ask=1`), with the buttons that answer it.
 */
export default function PrivacyGuide() {
  const { params } = useRouter();
  const text = CONSENT_TEXTS.basic;
  const agreeing = useAction({ fallback: '提交失败，请稍后重试' });
  const answer = (agreed: boolean) =>
    agreeing.run(async () => {
      if (agreed) await call('user', 'consent', { scope: 'basic', version: text.version });
      answerPrivacyRequest(agreed);
      await Taro.navigateBack();
    });
  return (
    <Page className='privacy-guide'>
      <View className='card'>
        <Text className='card-title'>{text.title}</Text>
        <Text className='muted'>版本 {text.version}</Text>
        {GUIDE_SECTIONS.map((section) => (
          <View key={section.title} className='privacy-guide__section'>
            <Text className='privacy-guide__heading'>{section.title}</Text>
            {section.lines.map((line) => (
              <Text key={line} className='privacy-guide__line'>
                {line}
              </Text>
            ))}
          </View>
        ))}
      </View>
      {params.ask === '1' && (
        <View className='privacy-guide__answer'>
          {agreeing.error && <Text className='error'>{agreeing.error}</Text>}
          <Button id={PRIVACY_AGREE_ID} className='btn-primary' openType='agreePrivacyAuthorization' loading={agreeing.busy} onClick={() => void answer(true)}>
            同意并继续
          </Button>
          <Button className='btn-secondary privacy-guide__refuse' onClick={() => void answer(false)}>
            不同意
          </Button>
        </View>
      )}
      {params.ask !== '1' && (
        <Text className='link privacy-guide__data' {...tapProps('link')} onClick={() => void Taro.navigateTo({ url: '/pkg-privacy/data/index' })}>
          我的数据：导出、撤回同意、注销账号 ›
        </Text>
      )}
    </Page>
  );
}
