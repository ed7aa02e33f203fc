import { Button, Text, Textarea, View } from '@tarojs/components';
import { TapText } from '../../components/tap-text';
import { useState } from 'react';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';

/** Discussion: residents of the affected buildings and the organisers; an organiser hides a comment with a reason. */
export function CommentsCard({ id, open, manage }: { id: string; open: boolean; manage: boolean }) {
  const list = useCall(() => call('governance', 'comments', { id }), `comments:${id}`);
  const [text, setText] = useState('');
  const posting = useAction({ onDone: () => (setText(''), list.reload()) });
  const moderating = useAction({ onDone: list.reload });
  const send = () => posting.run(() => call('governance', 'comment', { id, text: text.trim() }).then((c) => (c.held ? '已提交，审核后公开' : '已发表')));
  const moderate = (commentId: string, publish: boolean) => moderating.run(() => call('governance', 'moderate', { kind: 'comment', id: commentId, publish, ...(publish ? {} : { reason: '与议题无关' }) }));
  return (
    <View className='card gov-topic__comments'>
      <Text className='card-title'>讨论</Text>
      {list.data?.items.map((c) => (
        <View key={c.id} className='gov-row gov-topic__comment'>
          <Text className='muted gov-line'>
            {c.who} · {fmtShortDateTime(c.at)} {c.held ? '· 待审核' : ''}
          </Text>
          <Text className='gov-line'>{c.hidden && !c.text ? `该意见已被组织者隐藏：${c.hidden}` : c.text}</Text>
          {manage && (
            <View className='gov-actions'>
              {(c.held || c.hidden) && (
                <TapText className='gov-mini' onTap={() => void moderate(c.id, true)}>
                  公开
                </TapText>
              )}
              {!c.hidden && (
                <TapText className='gov-mini gov-topic__hide' onTap={() => void moderate(c.id, false)}>
                  隐藏（与议题无关）
                </TapText>
              )}
            </View>
          )}
        </View>
      ))}
      {list.data?.items.length === 0 && <Text className='muted'>暂无意见</Text>}
      {open && (
        <View className='gov-field'>
          <Textarea className='gov-topic__comment-input' value={text} maxlength={500} placeholder='发表您的意见' onInput={(e) => setText(e.detail.value)} />
          <Button className='btn-secondary gov-topic__comment-send' disabled={posting.busy || text.trim().length < 2} onClick={() => void send()}>
            发表
          </Button>
        </View>
      )}
      {posting.notice && <Text className='gov-notice'>{posting.notice}</Text>}
      {(posting.error || moderating.error) && <Text className='error'>{posting.error ?? moderating.error}</Text>}
    </View>
  );
}
