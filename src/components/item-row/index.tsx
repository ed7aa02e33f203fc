import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CatalogItemSummary } from '../../../types/catalog';
import { fieldName, kindName } from '../../../types/catalog-names';
import { tapProps } from '../../lib/a11y';
import './index.css';

/** One service item in a list; tapping opens its detail. 居民可查 and 社区工作 items say so. */
export function ItemRow({ item }: { item: CatalogItemSummary }) {
  return (
    <View className='item-row' data-code={item.code} {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `/pages/item/index?code=${item.code}` })}>
      <View className='item-row__head'>
        <Text className='item-row__title'>{item.title}</Text>
        <View className='item-row__tags'>
          {item.kind && item.kind !== 'apply' && <Text className={`tag tag-kind-${item.kind}`}>{kindName(item.kind)}</Text>}
          {item.online && <Text className='tag tag-green'>可网上办</Text>}
        </View>
      </View>
      <Text className='item-row__summary'>{item.summary}</Text>
      <Text className='muted'>{fieldName(item.field)}</Text>
      <Text className='small-print item-row__code'>{item.code}</Text>
    </View>
  );
}
