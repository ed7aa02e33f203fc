import { Text, View } from '@tarojs/components';
import { REPORT_CATEGORIES, type ReportCategory } from '../../../types/request-names';

/** The report's category as big chips: elderly residents tap, they do not scroll a picker. */
export function CategoryChips({ value, onChange }: { value: ReportCategory | null; onChange: (category: ReportCategory) => void }) {
  return (
    <View className='report__categories'>
      {REPORT_CATEGORIES.map((c) => (
        <Text key={c.id} className={`report__category ${value === c.id ? 'report__category--on' : ''}`} onClick={() => onChange(c.id)}>
          {c.name}
        </Text>
      ))}
    </View>
  );
}
