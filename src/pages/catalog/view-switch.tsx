import { Text, View } from '@tarojs/components';
import type { CatalogView } from '../../../types/functions/catalog';

/** For staff only: the residents' catalog, or the worker view with the 社区工作 items too (the server checks the role). */
export function ViewSwitch({ view, onChoose }: { view: CatalogView; onChoose: (view: CatalogView) => void }) {
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
