import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '../../../types/functions/user';
import { tapProps } from '../../lib/a11y';
import { openCatalogWith } from '../../lib/catalog-intent';

/** The community's name over a search box that opens 办事 ready to type. */
export function HomeBanner({ me, community }: { me: Me; community: NonNullable<Me['community']> }) {
  return (
    <View className='home__banner'>
      <Text className='home__community'>{community.name}</Text>
      <Text className='home__street'>
        {community.streetName}
        {me.buildingName ? ` · ${me.buildingName}` : ''}
      </Text>
      <View
        className='home__search'
        {...tapProps('button', { label: '搜索服务事项' })}
        onClick={() => {
          openCatalogWith({ focus: true });
          void Taro.switchTab({ url: '/pages/catalog/index' });
        }}
      >
        <Text>搜索服务事项，如“低保”或拼音“db”</Text>
      </View>
    </View>
  );
}
