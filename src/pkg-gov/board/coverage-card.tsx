import { Text, View } from '@tarojs/components';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';

/** 进百家门 coverage per grid and per Party branch: figures for units, never a ranking of people. */
export function CoverageCard({ communityId }: { communityId: string }) {
  const got = useCall(() => call('governance', 'coverage', { communityId }), communityId);
  const c = got.data;
  if (got.error) return <Text className='error'>{got.error.message}</Text>;
  if (!c) return null;
  const rows = (title: string, list: typeof c.grids) => (
    <View className='card gov-board__coverage'>
      <Text className='card-title'>
        {title}（{c.quarter}）
      </Text>
      {list.map((r) => (
        <View key={r.unitId} className='gov-row'>
          <Text className='gov-row__title'>{r.name}</Text>
          <Text className='muted gov-line'>
            联系户{r.households} · 本季度已走访{r.visitedThisQuarter} · 待走访{r.overdue} · 走访发现需求{r.needsRaised}（已解决{r.needsResolved}）
          </Text>
        </View>
      ))}
    </View>
  );
  return (
    <View>
      {rows('走访覆盖（按网格）', c.grids)}
      {rows('走访覆盖（按党组织）', c.branches)}
    </View>
  );
}
