import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Page, PageStatus } from '../../components/page';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/gov.css';
import { VisitForm } from './visit-form';

/** A household's visits and the quick form for this one; sensitive notes shown only to whom they may be. */
export default function Visit() {
  const { params } = useRouter();
  const got = useCallOnShow(() => call('governance', 'visits', { householdId: params.id ?? '' }), params.id ?? '');
  const v = got.data;
  if (got.error && !v) return <PageStatus className='gov-visit' error={got.error.message} />;
  if (!v) return <PageStatus className='gov-visit' />;
  const h = v.household;
  return (
    <Page className='gov-visit'>
      <View className='card'>
        <Text className='card-title gov-visit__household'>
          {h.label} · {h.building}
          {h.entrance}单元{h.room}
        </Text>
        <Text className='muted gov-line'>{h.visitors.length > 0 ? `联系党员：${h.visitors.join('、')}` : `由${h.gridName}网格员走访`}</Text>
      </View>
      <VisitForm householdId={h.id} onDone={got.reload} />
      <View className='card'>
        <Text className='card-title'>走访记录</Text>
        {v.items.map((x) => (
          <View key={x.id} className='gov-row gov-visit__entry'>
            <Text className='muted gov-line'>
              {x.visitedOn} · {x.visitor} · 见到：{x.met}
            </Text>
            <Text className='gov-line'>{x.situation}</Text>
            {x.note && <Text className='gov-line gov-visit__sensitive'>敏感情况：{x.note}</Text>}
            {x.needs.map((n) => (
              <Text key={n.id} className='gov-line'>
                需求：{n.description}
              </Text>
            ))}
            {x.requests.map((r) => (
              <Text key={r.id} className='gov-line gov-visit__request'>
                已转网格诉求：{r.no}
              </Text>
            ))}
            {x.followUp && <Text className='muted gov-line'>跟进：{x.followUp}</Text>}
          </View>
        ))}
        {v.items.length === 0 && <Text className='muted'>暂无走访记录</Text>}
      </View>
    </Page>
  );
}
