import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RoutePreview } from '../../../types/functions/grid';
import type { GeoPoint } from '../../../types/org';
import { ROUTED_BY_LABELS } from '../../../types/routing';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { currentLocation } from '../../lib/current-location';

/**
 * 受理网格: who will handle the request, before it is sent. A resident with a registered building sees that
 * building's grid; anyone else may offer the phone's location once, and the location is sent with the request
 * only when it found a grid of their community.
 */
export function RouteCard({ onLocation }: { onLocation: (location: GeoPoint | undefined) => void }) {
  const initial = useCall(() => call('grid', 'route', {}), 'route');
  const [located, setLocated] = useState<RoutePreview | null>(null);
  const locating = useAction({ fallback: '未能获取位置，请在系统设置中允许定位，或直接提交由社区分派', onError: () => onLocation(undefined) });
  const route = located ?? initial.data;
  if (!route) return null;

  const locate = () =>
    locating.run(async () => {
      const location = await currentLocation();
      const found = await call('grid', 'route', { location });
      setLocated(found);
      onLocation(found.routedBy === 'location' ? location : undefined);
      if (found.routedBy !== 'location') return `当前位置不在${found.communityName}的网格范围内，提交后由社区统一分派`;
    });
  // Both read as a problem: the location is not used either way.
  const problem = locating.error ?? locating.notice;

  const where = route.gridName ?? route.communityName;
  const how = route.routedBy === 'building' ? `${ROUTED_BY_LABELS.building}：${route.buildingName ?? ''}` : ROUTED_BY_LABELS[route.routedBy];
  return (
    <View className='card route-card'>
      <View className='route-card__row'>
        <Text className='muted'>受理网格</Text>
        <Text className='route-card__grid'>{where}</Text>
      </View>
      <Text className='muted route-card__how'>{how}</Text>
      <Text className='route-card__promise'>{route.promise}</Text>
      {route.routedBy !== 'building' && (
        <>
          {route.routedBy === 'community' && !problem && <Text className='muted route-card__hint'>您还没有登记楼栋。点“使用当前位置”可直接分派到所在网格，网格员上门更快；扫描楼栋门口的社区二维码即可登记楼栋。不定位也可直接提交，由社区统一分派。</Text>}
          {problem && <Text className='error route-card__hint'>{problem}</Text>}
          <Button className='btn-secondary route-card__locate' onClick={() => !locating.busy && void locate()}>
            {locating.busy ? '正在定位…' : route.routedBy === 'location' ? '重新定位' : '使用当前位置'}
          </Button>
        </>
      )}
    </View>
  );
}
