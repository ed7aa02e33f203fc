import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { NEED_CATEGORY_LABELS, RESOURCE_TYPE_LABELS } from '../../../types/governance';
import { Page, PageStatus } from '../../components/page';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { PhotoGrid } from '../../components/photo-grid';
import '../components/gov.css';
import { ManageCard } from './manage-card';

/** A project: the needs it answers, its resources and responsible unit, milestones, updates and public result. */
export default function Project() {
  const { params } = useRouter();
  const got = useCallOnShow(() => call('governance', 'project', { id: params.id ?? '' }), params.id ?? '');
  const p = got.data;
  if (got.error && !p) return <PageStatus className='gov-project' error={got.error.message} />;
  if (!p) return <PageStatus className='gov-project' />;
  return (
    <Page className='gov-project'>
      <View className='card'>
        <Text className={`tag ${p.status === 'done' ? 'tag-green' : 'tag-kind-info'}`}>{p.status === 'done' ? '已完成' : '实施中'}</Text>
        <Text className='card-title gov-project__title'>{p.title}</Text>
        <Text className='gov-line'>{p.summary}</Text>
        <Text className='muted gov-line'>责任单位：{p.responsibleUnit}</Text>
        {p.topic && <Text className='muted gov-line'>来自议题：{p.topic.title}</Text>}
        {p.result && <Text className='gov-notice gov-project__result'>项目成效：{p.result}</Text>}
      </View>
      <View className='card'>
        <Text className='card-title'>回应的需求</Text>
        {p.needs.map((n) => (
          <Text key={n.id} className='gov-row gov-project__need'>
            【{NEED_CATEGORY_LABELS[n.category]}】{n.description}（{n.weight}人需要）
          </Text>
        ))}
        <Text className='card-title'>匹配的资源</Text>
        {p.resources.map((r) => (
          <Text key={r.id} className='gov-row gov-project__resource'>
            【{RESOURCE_TYPE_LABELS[r.type]}】{r.title} · {r.providerName}
          </Text>
        ))}
      </View>
      <View className='card'>
        <Text className='card-title'>里程碑与进展</Text>
        {p.milestones.map((m) => (
          <Text key={m.id} className='gov-line gov-project__milestone'>
            {m.doneAt ? '✓' : '○'} {m.title}（计划 {m.due}）
          </Text>
        ))}
        {p.updates.map((u) => (
          <View key={u.id} className='gov-row gov-project__update-row'>
            <Text className='gov-line'>
              {fmtDateTime(u.at)} {u.by}：{u.text}
            </Text>
            <PhotoGrid photos={u.photos} />
          </View>
        ))}
      </View>
      {p.manage && p.status === 'active' && <ManageCard p={p} onDone={got.reload} />}
    </Page>
  );
}
