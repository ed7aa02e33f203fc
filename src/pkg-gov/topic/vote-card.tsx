import { Text, View } from '@tarojs/components';
import { TapText } from '../../components/tap-text';
import type { Choice, TopicView } from '../../../types/functions/governance-topics';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { askSubscribe } from '../../lib/subscribe';

const choiceLabel = (t: TopicView, c: Choice) => (c === 'abstain' ? '弃权' : t.options[c]);

/** Voting: options and 弃权, changeable until the deadline; the caller sees only their own choice. */
export function VoteCard({ t, onDone }: { t: TopicView; onDone: () => void }) {
  const voting = useAction({ onDone });
  const cast = (choice: Choice) =>
    voting.run(async () => {
      // On the first vote, inside the tap (WeChat shows the dialog only then): the results may come as a WeChat message too.
      if (t.myChoice === null && !t.countedForMe) await askSubscribe(['topic_results']);
      await call('governance', 'vote', { id: t.id, choice });
      return '已投票，截止前可修改';
    });
  const basis = t.owners ? '每位业主一票（按登记面积和人数统计）' : t.consultation?.basis === 'person' ? '每位已核实居民一票' : '每户一票';
  return (
    <View className='card gov-topic__vote'>
      <Text className='card-title'>{t.owners ? '业主表决' : '发表意见'}</Text>
      <Text className='muted gov-line'>{basis}</Text>
      {t.cannotVote && <Text className='muted gov-line gov-topic__cannot'>{t.cannotVote}</Text>}
      {!t.cannotVote && (
        <View className='gov-actions'>
          {[...t.options.map((_, i) => i as Choice), 'abstain' as const].map((c) => (
            <TapText key={String(c)} className={`gov-mini ${c === 'abstain' ? 'gov-topic__abstain' : 'gov-topic__option'} ${t.myChoice === c ? 'gov-mini--on' : ''}`} onTap={() => void cast(c)}>
              {choiceLabel(t, c)}
            </TapText>
          ))}
        </View>
      )}
      {t.myChoice !== null && <Text className='gov-line gov-topic__mine'>您的选择：{choiceLabel(t, t.myChoice)}</Text>}
      {t.myChoice === null && t.countedForMe && <Text className='muted gov-line'>您家中已有人投票（每户一票，可修改）</Text>}
      {voting.notice && <Text className='gov-notice'>{voting.notice}</Text>}
      {voting.error && <Text className='error'>{voting.error}</Text>}
    </View>
  );
}
