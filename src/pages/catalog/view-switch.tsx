import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { WORKER_VIEW_ROLES } from '../../../types/catalog-names';
import type { CatalogView } from '../../../types/functions/catalog';
import { Chip } from '../../components/chip';
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
      <Chip className='catalog__view' role='radio' label='居民视图' on={view === 'resident'} onTap={() => onChoose('resident')} />
      <Chip className='catalog__view' role='radio' label='工作人员视图' on={view === 'worker'} onTap={() => onChoose('worker')} />
    </View>
  );
}
