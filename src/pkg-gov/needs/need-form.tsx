import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { NEED_CATEGORY_LABELS, type NeedCategory } from '../../../types/governance';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Chips, labelled } from '../components/chips';

/** 我要提需求: a category, what is needed, and how many people it concerns. */
export function NeedForm({ onDone }: { onDone: () => void }) {
  const [category, setCategory] = useState<NeedCategory | null>(null);
  const [description, setDescription] = useState('');
  const [people, setPeople] = useState('1');
  const posting = useAction({ onDone });
  const post = () =>
    posting.run(async () => {
      const need = await call('governance', 'postNeed', { category: category!, description: description.trim(), people: Number(people) });
      setDescription('');
      return need.held ? '已提交，内容审核后公开' : '已发布到需求清单';
    });
  return (
    <View className='card gov-needs__form'>
      <Text className='card-title'>我要提需求</Text>
      <Chips className='gov-needs__category' options={labelled(NEED_CATEGORY_LABELS)} selected={category ? [category] : []} onToggle={setCategory} />
      <View className='gov-field'>
        <Textarea className='gov-needs__desc' value={description} maxlength={300} placeholder='请描述需求，如：3栋楼道灯坏了' onInput={(e) => setDescription(e.detail.value)} />
      </View>
      {posting.fieldErrors.description && <Text className='error'>{posting.fieldErrors.description}</Text>}
      <Text className='gov-label'>涉及人数</Text>
      <View className='gov-field'>
        <Input className='gov-needs__people' type='number' value={people} placeholder='涉及人数' onInput={(e) => setPeople(e.detail.value)} />
      </View>
      {posting.notice && <Text className='gov-notice gov-needs__notice'>{posting.notice}</Text>}
      {posting.error && <Text className='error'>{posting.error}</Text>}
      <Button className='btn-primary gov-needs__post' loading={posting.busy} disabled={posting.busy || !category || description.trim().length < 5} onClick={() => void post()}>
        发布需求
      </Button>
    </View>
  );
}
