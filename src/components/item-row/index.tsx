import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CatalogItemSummary } from '../../../types/catalog';
import { fieldName } from '../../../types/catalog-names';
import './index.css';

/** One service item in a list; tapping opens its detail. */
export function ItemRow({ item }: { item: CatalogItemSummary }) {
  return (
    <View className='item-row' data-code={item.code} onClick={() => Taro.navigateTo({ url: `/pages/item/index?code=${item.code}` })}>
      <View className='item-row__head'>
        <Text className='item-row__title'>{item.title}</Text>
        {item.online && <Text className='tag tag-green'>可网上办</Text>}
      </View>
      <Text className='item-row__summary'>{item.summary}</Text>
      <Text className='muted'>
        {item.code} · {fieldName(item.field)}
      </Text>
    </View>
  );
}
