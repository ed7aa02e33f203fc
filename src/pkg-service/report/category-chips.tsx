import { View } from '@tarojs/components';
import { Chip } from '../../components/chip';
import { groupProps } from '../../lib/a11y';
import { REPORT_CATEGORIES, type ReportCategory } from '../../../types/request-names';

/** The report's category as big chips: elderly residents tap, they do not scroll a picker. */
export function CategoryChips({ value, onChange }: { value: ReportCategory | null; onChange: (category: ReportCategory) => void }) {
  return (
    <View className='report__categories' {...groupProps('radiogroup', '问题类别')}>
      {REPORT_CATEGORIES.map((c) => (
        <Chip key={c.id} className='report__category' role='radio' label={c.name} on={value === c.id} onTap={() => onChange(c.id)} />
      ))}
    </View>
  );
}
