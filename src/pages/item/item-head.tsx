import { Text, View } from '@tarojs/components';
import type { CatalogItem } from '../../../types/catalog';
import { formatPartialDate } from '../../../types/catalog-display';
import { centerName, fieldName, kindName } from '../../../types/catalog-names';
import { FactRow, type FactClasses } from '../../components/fact-row';

const FACT: FactClasses = { row: 'item__fact', label: 'muted', value: 'item__fact-value' };

/** The item at a glance: title, whom it serves and where, what it costs, its code and when its content was reviewed. */
export function ItemHead({ item }: { item: CatalogItem }) {
  return (
    <View className='card'>
      <Text className='item__title'>{item.title}</Text>
      <View className='item__tags'>
        <Text className={`tag tag-kind-${item.kind}`}>{kindName(item.kind)}</Text>
        <Text className='tag'>{fieldName(item.field)}</Text>
        <Text className='tag'>{centerName(item.center)}</Text>
        {item.online && <Text className='tag tag-green'>可网上办</Text>}
      </View>
      <Text className='item__summary'>{item.summary}</Text>
      <View className='item__facts'>
        <FactRow classes={FACT} label='收费标准' value={item.fee} />
        <FactRow classes={FACT} label='内容复核' value={formatPartialDate(item.reviewedAt)} />
      </View>
      {/* The internal code, for a call with staff, in small print: residents go by the title. */}
      <Text className='small-print item__code'>事项编码 {item.code}</Text>
    </View>
  );
}
