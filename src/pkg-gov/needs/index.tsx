import { Text, View } from '@tarojs/components';
import { Tabs } from '../../components/tabs';
import Taro from '@tarojs/taro';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/gov.css';
import { NeedForm } from './need-form';
import { NeedRow } from './need-row';

const LISTS = [
  ['needs', '需求清单'],
  ['resources', '资源清单'],
  ['projects', '项目清单'],
] as const;

/** 需求清单: what residents need, heaviest first; anyone says 我也需要 once; the other two lists one tap away. */
export default function Needs() {
  const list = useCallOnShow(() => call('governance', 'needs', {}), 'needs');
  const go = (page: string) => void Taro.navigateTo({ url: `/pkg-gov/${page}/index` });
  return (
    <Page className='gov-needs'>
      <Tabs className='gov-needs__tab' tabs={LISTS} value='needs' onChoose={(page) => page !== 'needs' && go(page)} />
      <NeedForm onDone={list.reload} />
      <View className='card'>
        <Text className='card-title'>社区需求</Text>
        {list.error && <Text className='error'>{list.error.message}</Text>}
        {list.data?.items.map((n) => <NeedRow key={n.id} need={n} officer={list.data!.officer} onChanged={list.reload} />)}
        {list.data?.items.length === 0 && <Text className='empty'>暂无需求</Text>}
      </View>
    </Page>
  );
}
