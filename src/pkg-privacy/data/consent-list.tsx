import { Button, Text, View } from '@tarojs/components';
import type { Me } from '../../../types/functions/user';
import { CONSENT_TEXTS, hasConsent, type SensitiveScope } from '../../../types/privacy';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { fmtDateTime } from '../../lib/cn-time';

const SENSITIVE: SensitiveScope[] = ['membership', 'consultation', 'visits'];

/** Sensitive-data consents given, each withdrawable (no more collection from then; what was done stands). */
export function ConsentList({ consents, onChanged }: { consents: Me['consents']; onChanged: () => void }) {
  const withdrawing = useAction({ onDone: onChanged });
  const given = SENSITIVE.filter((scope) => hasConsent(consents, scope));
  return (
    <View className='card privacy-data__consents'>
      <Text className='card-title'>敏感信息授权</Text>
      {given.length === 0 && <Text className='muted'>您没有授权收集敏感个人信息。</Text>}
      {given.map((scope) => (
        <View key={scope} className='privacy-data__consent'>
          <View>
            <Text className='privacy-data__consent-title'>{CONSENT_TEXTS[scope].title}</Text>
            <Text className='muted'>同意于 {fmtDateTime(consents[scope]!.at)}</Text>
          </View>
          <Button className='btn-secondary privacy-data__withdraw' disabled={withdrawing.busy} onClick={() => void withdrawing.run(() => call('user', 'consent', { scope, version: CONSENT_TEXTS[scope].version, agree: false }))}>
            撤回
          </Button>
        </View>
      ))}
      {withdrawing.error && <Text className='error'>{withdrawing.error}</Text>}
    </View>
  );
}
