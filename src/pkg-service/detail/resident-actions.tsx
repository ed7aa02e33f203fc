import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { RequestDetail } from '../../../types/request';
import { RATINGS, RATING_LABELS, type Rating } from '../../../types/request-names';
import { call } from '../../api/client';
import { PhotoPicker } from '../../components/photo-picker';
import { fmtDateTime } from '../../lib/cn-time';
import { useAction } from '../../hooks/use-action';

/** What the resident can do now: confirm, rate (满意 / 基本满意 / 不满意), ask for it to be redone, or add a comment. */
export function ResidentActions({ r, onChanged }: { r: RequestDetail; onChanged: (next: RequestDetail) => void }) {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [rating, setRating] = useState<Rating | null>(null);
  const acting = useAction({ fallback: '操作失败，请稍后重试' });
  const act = (work: () => Promise<RequestDetail>, said: string) =>
    acting.run(async () => {
      onChanged(await work());
      setText('');
      return said;
    });
  const id = r.id;
  const can = (a: RequestDetail['can'][number]) => r.can.includes(a);

  return (
    <View className='card resident-actions'>
      {can('confirm') && (
        <Button className='btn-primary resident-actions__confirm' onClick={() => void act(() => call('grid', 'confirm', { id }), '已确认办结')}>
          确认已解决
        </Button>
      )}
      {can('rate') && (
        <View className='resident-actions__rate'>
          <Text className='card-title'>请评价办理结果</Text>
          <View className='resident-actions__ratings'>
            {RATINGS.map((v) => (
              <Text key={v} className={`resident-actions__rating ${rating === v ? 'resident-actions__rating--on' : ''}`} onClick={() => setRating(v)}>
                {RATING_LABELS[v]}
              </Text>
            ))}
          </View>
          {rating && (
            <Button className='btn-primary resident-actions__submit-rating' onClick={() => void act(() => call('grid', 'rate', { id, rating, ...(text.trim() ? { comment: text.trim() } : {}) }), '感谢您的评价')}>
              提交评价
            </Button>
          )}
        </View>
      )}
      {can('comment') && (
        <View className='resident-actions__comment'>
          <Textarea className='resident-actions__text' value={text} maxlength={500} placeholder={can('rate') ? '评价说明或补充情况（选填）' : '补充情况或留言'} onInput={(e) => setText(e.detail.value)} />
          <PhotoPicker onChange={setPhotos} />
          <Button className='resident-actions__send' disabled={!text.trim()} onClick={() => void act(() => call('grid', 'comment', { id, text: text.trim(), photos }), '已发送')}>
            发送留言
          </Button>
        </View>
      )}
      {can('reopen') && r.reopenUntil && (
        <Button className='resident-actions__reopen' disabled={!text.trim()} onClick={() => void act(() => call('grid', 'reopen', { id, reason: text.trim() }), '已申请重新办理')}>
          问题未解决，申请重新办理（{fmtDateTime(r.reopenUntil)}前，限一次）
        </Button>
      )}
      {acting.notice && <Text className='resident-actions__notice'>{acting.notice}</Text>}
      {acting.error && <Text className='error'>{acting.error}</Text>}
    </View>
  );
}
