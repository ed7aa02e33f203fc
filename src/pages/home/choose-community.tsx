import { Text, View } from '@tarojs/components';
import type { Me } from '../../../types/functions/user';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { Page } from '../../components/page';
import { tapProps } from '../../lib/a11y';

/** Someone who arrived without a QR code picks their community. */
export function ChooseCommunity({ onChosen }: { onChosen: (me: Me) => void }) {
  const list = useCall(() => call('user', 'communities', {}), 'communities');
  const entering = useAction({ fallback: '进入社区失败' });
  return (
    <Page className='home'>
      <View className='card'>
        <Text className='card-title'>欢迎使用社区服务通</Text>
        <Text className='muted'>请扫描所在社区张贴的二维码进入，或在下面选择您所在的社区。</Text>
      </View>
      {list.data?.communities.map((c) => (
        <View key={c.id} className='card home__choice' {...tapProps()} onClick={() => void entering.run(() => call('user', 'enter', { scene: c.id }).then(onChosen))}>
          <Text className='home__center-name'>{c.name}</Text>
          <Text className='muted'>{c.streetName}</Text>
        </View>
      ))}
      {entering.error && <Text className='error'>{entering.error}</Text>}
    </Page>
  );
}
