import { Text, View } from '@tarojs/components';
import { CONSENT_TEXTS, type SensitiveScope } from '../../../types/privacy';
import { tapProps } from '../../lib/a11y';
import './index.css';

/**
 * Separate consent for sensitive data, asked where it is collected (个人信息保护法 第二十九条): what the text says, and a
 * box the person ticks. The form records it (user.consent) before it sends the data; the server refuses the data
 * without it (the action's `consent` in the authorization table).
 */
export function SensitiveConsent({ scope, checked, onChange }: { scope: SensitiveScope; checked: boolean; onChange: (checked: boolean) => void }) {
  const text = CONSENT_TEXTS[scope];
  return (
    <View className='sensitive-consent'>
      <Text className='muted sensitive-consent__summary'>{text.summary}</Text>
      <View className='sensitive-consent__toggle' {...tapProps('checkbox', { checked })} onClick={() => onChange(!checked)}>
        <Text className={`sensitive-consent__box ${checked ? 'sensitive-consent__box--on' : ''}`}>{checked ? '✓' : ''}</Text>
        <Text>我已阅读并同意《{text.title}》</Text>
      </View>
    </View>
  );
}
