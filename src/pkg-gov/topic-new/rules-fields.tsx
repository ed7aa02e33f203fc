import { Input, Text, Textarea, View } from '@tarojs/components';
import { OWNER_CHINESE_ITEMS, OWNER_MATTERS, PASSING_RULE_LABELS, VOTER_BASIS_LABELS } from '../../../types/governance';
import { Chips, labelled } from '../components/chips';
import type { TopicDraft } from './topic-draft';

interface Props {
  d: TopicDraft;
  set: (d: TopicDraft) => void;
  errors: Record<string, string>;
}

/** A consultation's rules (set when it opens), or an owners' decision's matter and roll. */
export function RulesFields({ d, set, errors }: Props) {
  if (d.kind === 'consultation') {
    return (
      <View className='card'>
        <Chips className='gov-topic-new__basis' options={labelled(VOTER_BASIS_LABELS)} selected={[d.basis]} onToggle={(basis) => set({ ...d, basis })} />
        <View className='gov-field'>
          <Text className='gov-label'>应参与{d.basis === 'household' ? '户数' : '人数'}（以社区登记为准）</Text>
          <Input className='gov-topic-new__eligible' type='number' value={d.eligible} placeholder='如 24' onInput={(e) => set({ ...d, eligible: e.detail.value })} />
        </View>
        <Text className='gov-label'>参与率须达到</Text>
        <Chips className='gov-topic-new__quorum' options={[{ key: '1/2', label: '二分之一' }, { key: '2/3', label: '三分之二' }] as const} selected={[d.quorum]} onToggle={(quorum) => set({ ...d, quorum })} />
        <Text className='gov-label'>通过规则（参与者中）</Text>
        <Chips className='gov-topic-new__passing' options={labelled(PASSING_RULE_LABELS)} selected={[d.passing]} onToggle={(passing) => set({ ...d, passing })} />
        {errors.consultation && <Text className='error'>{errors.consultation}</Text>}
      </View>
    );
  }
  return (
    <View className='card'>
      <Text className='gov-label'>表决事项（民法典第二百七十八条）</Text>
      <Chips className='gov-topic-new__matter' options={OWNER_MATTERS.map((m) => ({ key: m.item, label: `（${OWNER_CHINESE_ITEMS[m.item - 1]}）${m.label}` }))} selected={[d.matter]} onToggle={(matter) => set({ ...d, matter })} />
      <View className='gov-field'>
        <Text className='gov-label'>单元（加装电梯等按单元表决，可不填）</Text>
        <Input className='gov-topic-new__entrance' type='number' value={d.entrance} placeholder='如 1，整栋表决不填' onInput={(e) => set({ ...d, entrance: e.detail.value })} />
      </View>
      {/* In a gov-field like the form's other long texts, so a roll of many lines shows as a tall box. */}
      <View className='gov-field'>
        <Text className='gov-label'>业主名册（每行：单元-房号 面积 权利人编号，同一业主多套房用同一编号）</Text>
        <Textarea className='gov-topic-new__roll' value={d.roll} maxlength={-1} placeholder={'1-302 89.56 A05\n1-303 50 A05'} onInput={(e) => set({ ...d, roll: e.detail.value })} />
      </View>
      {Object.entries(errors)
        .filter(([k]) => k.startsWith('owners'))
        .map(([k, m]) => (
          <Text key={k} className='error'>
            {m}
          </Text>
        ))}
    </View>
  );
}
