import { Text, View } from '@tarojs/components';
import { RESOURCE_TYPE_LABELS } from '../../../types/governance';
import { call } from '../../api/client';
import { tapProps } from '../../lib/a11y';
import { useCall } from '../../hooks/use-call';

interface Props {
  needIds: readonly string[];
  selected: readonly string[];
  onToggle: (id: string) => void;
}

/** Suggested resources for the chosen needs: fitting types first, the need's own grid first. */
export function MatchesCard({ needIds, selected, onToggle }: Props) {
  const got = useCall(() => Promise.all(needIds.map((id) => call('governance', 'matches', { id }))), needIds.join(','), needIds.length > 0);
  const seen = new Set<string>();
  const items = (needIds.length > 0 ? (got.data ?? []) : []).flatMap((m) => m.items).filter((m) => !seen.has(m.resource.id) && seen.add(m.resource.id));
  return (
    <View className='card'>
      <Text className='card-title'>匹配资源</Text>
      {needIds.length === 0 && <Text className='muted'>先选择需求，再查看匹配建议</Text>}
      {items.map(({ resource: r, sameGrid }) => (
        <View key={r.id} className={`gov-row gov-project-new__resource ${selected.includes(r.id) ? 'gov-row--on' : ''}`} {...tapProps('checkbox', { checked: selected.includes(r.id) })} onClick={() => onToggle(r.id)}>
          <Text className='gov-row__title'>
            {selected.includes(r.id) ? '☑' : '☐'} 【{RESOURCE_TYPE_LABELS[r.type]}】{r.title}
          </Text>
          <Text className='muted gov-line'>
            {r.providerName}
            {sameGrid ? ' · 同网格' : ''}
          </Text>
        </View>
      ))}
      {needIds.length > 0 && got.data && items.length === 0 && <Text className='muted'>暂无匹配的已核实资源</Text>}
    </View>
  );
}
