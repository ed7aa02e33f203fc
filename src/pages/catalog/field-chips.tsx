import { ScrollView, Text, View } from '@tarojs/components';
import { FIELDS, type FieldId } from '../../../types/catalog-names';
import { Chip } from '../../components/chip';

/** 全部 and the nine fields in a row that scrolls sideways; the chosen one ticked. */
export function FieldChips({ field, onChoose }: { field: FieldId | undefined; onChoose: (field: FieldId | undefined) => void }) {
  return (
    <ScrollView scrollX className='catalog__fields'>
      <Chip className='catalog__chip' label='全部' on={!field} onTap={() => onChoose(undefined)} />
      {FIELDS.map((f) => (
        <Chip key={f.id} className='catalog__chip' label={f.plain} on={field === f.id} onTap={() => onChoose(f.id)} />
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
          <Chip key={f.id} className='catalog__chip' label={f.plain} on={false} onTap={() => onField(f.id)} />
        ))}
      </View>
    </View>
  );
}
