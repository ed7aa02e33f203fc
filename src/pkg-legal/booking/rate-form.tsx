import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import type { ActionState } from '../../hooks/use-action';
import { groupProps, tapProps } from '../../lib/a11y';

const STARS = [1, 2, 3, 4, 5];

/** 评价: stars (big, one tap) and an optional word for the volunteer. */
export function RateForm({ id, act }: { id: string; act: ActionState }) {
  const [stars, setStars] = useState(5);
  const [comment, setComment] = useState('');
  const submit = () =>
    act.run(async () => {
      await call('legal-aid', 'rate', { id, stars, comment: comment.trim() });
      return '感谢您的评价';
    });
  return (
    <View className='card legal-booking__rate'>
      <Text className='legal-label'>这次咨询对您有帮助吗？</Text>
      <View className='legal-booking__stars' {...groupProps('radiogroup', '评分')}>
        {STARS.map((s) => (
          <Text key={s} className={`legal-booking__star ${s <= stars ? 'legal-booking__star--on' : ''}`} {...tapProps('radio', { checked: s === stars, label: `${s}星` })} onClick={() => setStars(s)}>
            {s <= stars ? '★' : '☆'}
          </Text>
        ))}
      </View>
      <Textarea className='legal-textarea legal-booking__comment' maxlength={200} value={comment} placeholder='想对志愿者说的话（可不填）' onInput={(e) => setComment(e.detail.value)} />
      <Button className='btn-primary legal-booking__rate-submit' loading={act.busy} disabled={act.busy} onClick={() => void submit()}>
        提交评价
      </Button>
    </View>
  );
}
