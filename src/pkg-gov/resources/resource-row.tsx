import { Text, View } from '@tarojs/components';
import { TapText } from '../../components/tap-text';
import type { ResourceView } from '../../../types/functions/governance-lists';
import { PROVIDER_KIND_LABELS, RESOURCE_STATUS_LABELS, RESOURCE_TYPE_LABELS } from '../../../types/governance';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

/** One resource; an officer verifies a pending one (having called its contact). */
export function ResourceRow({ r, officer, onChanged }: { r: ResourceView; officer: boolean; onChanged: () => void }) {
  const deciding = useAction({ onDone: onChanged });
  const decide = (approve: boolean) => deciding.run(() => call('governance', 'verifyResource', { id: r.id, rev: r.rev, approve, ...(approve ? {} : { reason: '信息无法核实' }) }));
  return (
    <View className='gov-row gov-resources__row'>
      <Text className='tag'>{RESOURCE_TYPE_LABELS[r.type]}</Text>
      <Text className={`tag ${r.status === 'verified' ? 'tag-green' : 'tag-kind-duty'}`}>{RESOURCE_STATUS_LABELS[r.status]}</Text>
      <Text className='gov-row__title'>{r.title}</Text>
      <Text className='gov-line'>{r.description}</Text>
      <Text className='muted gov-line'>
        {PROVIDER_KIND_LABELS[r.providerKind]} · {r.providerName} · {r.availability}
      </Text>
      <Text className='muted gov-line'>
        联系人：{r.contactName} {r.contactPhone}
      </Text>
      {officer && r.status === 'pending' && (
        <View className='gov-actions'>
          <TapText className='gov-mini gov-resources__verify' onTap={() => void decide(true)}>
            核实通过
          </TapText>
          <TapText className='gov-mini' onTap={() => void decide(false)}>
            不通过
          </TapText>
        </View>
      )}
      {deciding.error && <Text className='error'>{deciding.error}</Text>}
    </View>
  );
}
