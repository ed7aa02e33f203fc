import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { OWNER_CHINESE_ITEMS, TOPIC_KIND_LABELS, TOPIC_KIND_NOTES, ownerMatterOf } from '../../../types/governance';
import { Page, PageStatus } from '../../components/page';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import '../components/gov.css';
import { CommentsCard } from './comments-card';
import { MinutesCard } from './minutes-card';
import { ResultsCard } from './results-card';
import { VoteCard } from './vote-card';

/** A topic: what it is (征求意见 or 业主表决, never confused), its documents, the vote, discussion, results and minutes. */
export default function Topic() {
  const { params } = useRouter();
  const got = useCallOnShow(() => call('governance', 'topic', { id: params.id ?? '' }), params.id ?? '');
  const t = got.data;
  if (got.error && !t) return <PageStatus className='gov-topic' error={got.error.message} />;
  if (!t) return <PageStatus className='gov-topic' />;
  return (
    <Page className='gov-topic'>
      <View className='card'>
        <Text className={`gov-banner gov-banner--${t.kind} gov-topic__kind`}>
          {TOPIC_KIND_LABELS[t.kind]}：{TOPIC_KIND_NOTES[t.kind]}
        </Text>
        <Text className='card-title gov-topic__title'>{t.title}</Text>
        {t.owners && (
          <Text className='muted gov-line'>
            第二百七十八条第{OWNER_CHINESE_ITEMS[t.owners.matter - 1]}项：{ownerMatterOf(t.owners.matter).label}；名册{t.owners.owners}位业主、{t.owners.area}㎡
          </Text>
        )}
        <Text className='gov-line'>{t.body}</Text>
        {t.documents.map((d) => (
          <Text key={d.title} className='gov-row gov-topic__document'>
            《{d.title}》{d.summary}
          </Text>
        ))}
        <Text className='muted gov-line'>
          范围：{t.buildings.join('、')}
          {t.entrance ? `${t.entrance}单元` : ''} · {t.open ? `${fmtDateTime(t.deadline)}截止，截止后公布结果` : '已截止'}
        </Text>
      </View>
      {t.open ? <VoteCard t={t} onDone={got.reload} /> : <ResultsCard id={t.id} />}
      {!t.open && <MinutesCard t={t} onDone={got.reload} />}
      <CommentsCard id={t.id} open={t.open} manage={t.manage} />
    </Page>
  );
}
