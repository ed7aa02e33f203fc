import { ScrollView, Text, View } from '@tarojs/components';
import { FIELDS, type FieldId } from '../../../types/catalog-names';

/** 全部 and the nine fields in a row that scrolls sideways; the chosen one lit. */
export function FieldChips({ field, onChoose }: { field: FieldId | undefined; onChoose: (field: FieldId | undefined) => void }) {
  return (
    <ScrollView scrollX className='catalog__fields'>
      <Text className={`catalog__chip ${!field ? 'catalog__chip--on' : ''}`} onClick={() => onChoose(undefined)}>
        全部
      </Text>
      {FIELDS.map((f) => (
        <Text key={f.id} data-field={f.id} className={`catalog__chip ${field === f.id ? 'catalog__chip--on' : ''}`} onClick={() => onChoose(f.id)}>
          {f.name}
        </Text>
      ))}
    </ScrollView>
  );
}

/** Nothing matched: the fields to browse instead. */
export function NoResults({ onField }: { onField: (field: FieldId) => void }) {
  return (
    <View className='card catalog__empty'>
      <Text className='empty'>没有找到相关事项，换个说法试试，或按领域查看：</Text>
      <View className='catalog__empty-fields'>
        {FIELDS.map((f) => (
          <Text key={f.id} className='catalog__chip' onClick={() => onField(f.id)}>
            {f.name}
          </Text>
        ))}
      </View>
    </View>
  );
}
