import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { centerName } from '../../../types/catalog-names';
import { call } from '../../api/client';
import { Page, PageStatus } from '../../components/page';
import { useCall } from '../../hooks/use-call';
import { AuditList } from '../components/audit-list';
import { AdjustForm } from './adjust-form';
import { LocalItemCard } from './local-item-card';
import './index.css';

/** One item of the community's copy: change where, when and whom to ask, or hide it from residents. */
export default function AdjustItem() {
  const { params } = useRouter();
  const communityId = params.community ?? '';
  const code = params.code ?? '';
  const data = useCall(() => call('catalog-admin', 'item', { communityId, code }), code);
  const audit = useCall(() => call('catalog-admin', 'audit', { communityId, code, limit: 20 }), code);
  const reload = () => {
    data.reload();
    audit.reload();
  };

  const loaded = data.data;
  if (data.error) return <PageStatus className='adjust-item' error={data.error.message} />;
  if (!loaded) return <PageStatus className='adjust-item' />;
  const { item } = loaded;

  return (
    <Page className='adjust-item'>
      <View className='card'>
        <Text className='card-title'>{item.title}</Text>
        <Text className='muted'>
          {item.code} · {centerName(item.center)}
          {loaded.local ? ' · 本社区事项' : ''}
        </Text>
      </View>
      {loaded.local ? <LocalItemCard item={item} rev={loaded.rev} communityId={communityId} /> : <AdjustForm loaded={loaded} communityId={communityId} onChanged={reload} />}
      <View className='card'>
        <Text className='card-title'>修改记录</Text>
        {audit.data && <AuditList entries={audit.data.entries} />}
      </View>
    </Page>
  );
}
