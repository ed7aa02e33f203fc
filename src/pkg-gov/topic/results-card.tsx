import { Text, View } from '@tarojs/components';
import type { Results } from '../../../types/functions/governance-topics';
import { PASSING_RULE_LABELS, TOPIC_KIND_LABELS } from '../../../types/governance';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';

const pct = (num: number, den: number) => (den === 0 ? '0%' : `${Math.round((num / den) * 1000) / 10}%`);
const Ratio = ({ label, r, need }: { label: string; r: { num: number; den: number; met: boolean }; need: string }) => (
  <Text className={`gov-line gov-topic__ratio ${r.met ? 'gov-met' : 'gov-missed'}`}>
    {label}：{r.num}/{r.den}（{pct(r.num, r.den)}），需{need}，{r.met ? '已达到' : '未达到'}
  </Text>
);

/** Results, aggregate only and only from the deadline; for an owners' decision both ratios and each threshold. */
export function ResultsCard({ id }: { id: string }) {
  const got = useCall(() => call('governance', 'results', { id }), id);
  const r: Results | null = got.data;
  if (got.error) return <Text className='error'>{got.error.message}</Text>;
  if (!r) return null;
  return (
    <View className='card gov-topic__results'>
      <Text className='card-title'>{TOPIC_KIND_LABELS[r.kind]}结果</Text>
      <Text className='gov-line gov-topic__outcome'>{r.outcome}</Text>
      {r.consultation && <Ratio label={`参与${r.consultation.basis === 'household' ? '户数' : '人数'}`} r={r.consultation.turnout} need='达到议题设定比例' />}
      {r.consultation && <Text className='muted gov-line'>通过规则：参与者{PASSING_RULE_LABELS[r.consultation.rule]}</Text>}
      {r.owners && <Ratio label='参与表决的专有部分面积（㎡）' r={r.owners.area} need='三分之二以上' />}
      {r.owners && <Ratio label='参与表决的业主人数' r={r.owners.headcount} need='三分之二以上' />}
      {r.options.map((o, i) => (
        <View key={o.label} className='gov-row gov-topic__tally'>
          <Text className='gov-row__title'>
            {o.label}：{r.owners ? `${o.votes}人，${o.area}㎡` : `${o.votes}${r.consultation?.basis === 'household' ? '户' : '人'}`} {o.passed ? '（通过）' : ''}
          </Text>
          {r.owners && <Ratio label='同意面积' r={r.owners.passing[i]!.area} need={r.owners.special ? '四分之三以上' : '过半数'} />}
          {r.owners && <Ratio label='同意人数' r={r.owners.passing[i]!.headcount} need={r.owners.special ? '四分之三以上' : '过半数'} />}
        </View>
      ))}
      {r.published && <Text className='muted gov-line'>弃权：{r.abstain.votes}</Text>}
      {r.byBuilding.map((b) => (
        <Text key={b.building} className='muted gov-line gov-topic__building'>
          {b.building}：参与{b.voters}，{b.options.map((n, i) => `${r.options[i]?.label ?? ''}${n}`).join('，')}，弃权{b.abstain}
        </Text>
      ))}
    </View>
  );
}
