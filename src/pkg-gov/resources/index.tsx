import { Text, View } from '@tarojs/components';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/gov.css';
import { OfferForm } from './offer-form';
import { ResourceRow } from './resource-row';

/** 资源清单: what units in the area offer, verified by the community; officers see pending offers too. */
export default function Resources() {
  const list = useCallOnShow(() => call('governance', 'resources', {}), 'resources');
  return (
    <Page className='gov-resources'>
      <View className='card'>
        <Text className='card-title'>社区资源</Text>
        {list.error && <Text className='error'>{list.error.message}</Text>}
        {list.data?.items.map((r) => <ResourceRow key={`${r.id}:${r.rev}`} r={r} officer={list.data!.officer} onChanged={list.reload} />)}
        {list.data?.items.length === 0 && <Text className='empty'>暂无资源</Text>}
      </View>
      <OfferForm onDone={list.reload} />
    </Page>
  );
}
