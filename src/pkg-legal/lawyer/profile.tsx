import { Text, View } from '@tarojs/components';
import type { VolunteerPublic } from '../../../types/legal-aid';
import { kindName, modeName, specialtyName } from '../../../types/legal-aid-names';
import { FactRow, type FactClasses } from '../../components/fact-row';

const FACT: FactClasses = { row: 'legal-fact', label: 'muted', value: 'legal-fact__value' };

/** Who the resident is about to book, and what a 法律明白人 does and does not do. */
export function Profile({ v }: { v: VolunteerPublic }) {
  return (
    <View className='card'>
      <View className='legal-row__head'>
        <Text className='legal-row__title legal-lawyer__name'>{v.name}</Text>
        <Text className='tag'>{kindName(v.kind)}</Text>
      </View>
      {v.intro && <Text className='legal-hint'>{v.intro}</Text>}
      {v.firm && <FactRow classes={FACT} label='执业机构' value={v.firm} />}
      <FactRow classes={FACT} label='擅长' value={v.specialties.map(specialtyName).join('、')} />
      <FactRow classes={FACT} label='方式' value={v.modes.map(modeName).join('、')} />
      {v.place && <FactRow classes={FACT} label='面谈地点' value={v.place} />}
      <FactRow classes={FACT} label='所属' value={v.unitName} />
      <FactRow classes={FACT} label='费用' value='免费' />
      {v.kind === 'guide' && <Text className='legal-hint'>法律明白人帮助调解矛盾纠纷、指引办事，不出具法律意见。需要法律意见请预约志愿律师。</Text>}
    </View>
  );
}
