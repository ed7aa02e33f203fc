import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { WORKER_VIEW_ROLES } from '../../../types/catalog-names';
import type { CatalogView } from '../../../types/functions/catalog';
import { cachedMe } from '../../lib/me-cache';

/**
 * For staff only: the residents' catalog, or the worker view with the 社区工作 items too (the server checks the role
 * again). Nothing for residents.
 */
export function ViewSwitch({ view, onChoose }: { view: CatalogView; onChoose: (view: CatalogView) => void }) {
  const [staff, setStaff] = useState(false);
  useDidShow(() => setStaff(Boolean(cachedMe()?.roles.some((r) => WORKER_VIEW_ROLES.includes(r.role)))));
  if (!staff) return null;
  return (
    <View className='catalog__views'>
      <Text className={`catalog__view ${view === 'resident' ? 'catalog__view--on' : ''}`} data-view='resident' onClick={() => onChoose('resident')}>
        居民视图
      </Text>
      <Text className={`catalog__view ${view === 'worker' ? 'catalog__view--on' : ''}`} data-view='worker' onClick={() => onChoose('worker')}>
        工作人员视图
      </Text>
    </View>
  );
}
