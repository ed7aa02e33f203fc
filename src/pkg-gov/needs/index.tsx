import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/gov.css';
import { NeedForm } from './need-form';
import { NeedRow } from './need-row';

/** 需求清单: what residents need, heaviest first; anyone says 我也需要 once; the other two lists one tap away. */
export default function Needs() {
  const list = useCallOnShow(() => call('governance', 'needs', {}), 'needs');
  const go = (page: string) => void Taro.navigateTo({ url: `/pkg-gov/${page}/index` });
  return (
    <View className='page gov-needs'>
      <View className='gov-chips'>
        <Text className='gov-chip gov-chip--on'>需求清单</Text>
        <Text className='gov-chip gov-needs__to-resources' onClick={() => go('resources')}>
          资源清单
        </Text>
        <Text className='gov-chip gov-needs__to-projects' onClick={() => go('projects')}>
          项目清单
        </Text>
      </View>
      <NeedForm onDone={list.reload} />
      <View className='card'>
        <Text className='card-title'>社区需求</Text>
        {list.error && <Text className='error'>{list.error.message}</Text>}
        {list.data?.items.map((n) => <NeedRow key={n.id} need={n} officer={list.data!.officer} onChanged={list.reload} />)}
        {list.data?.items.length === 0 && <Text className='empty'>暂无需求</Text>}
      </View>
    </View>
  );
}
