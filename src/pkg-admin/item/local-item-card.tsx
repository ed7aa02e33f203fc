import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CatalogItem } from '../../../types/catalog';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

/** A community's own item is edited whole on its own page, or deleted here. */
export function LocalItemCard({ item, rev, communityId }: { item: CatalogItem; rev: number; communityId: string }) {
  const removing = useAction({ fallback: '删除失败，请稍后重试' });

  const remove = async () => {
    const { confirm } = await Taro.showModal({ title: '删除本社区事项', content: `删除后居民将看不到“${item.title}”，确定删除吗？` });
    if (!confirm) return;
    await removing.run(async () => {
      await call('catalog-admin', 'removeLocal', { communityId, code: item.code, rev });
      await Taro.navigateBack();
    });
  };

  return (
    <View className='card adjust-item__local'>
      <Text className='muted'>本社区事项由社区自行维护，可修改全部内容或删除。</Text>
      <Button className='btn-primary' onClick={() => Taro.navigateTo({ url: `/pkg-admin/local/index?community=${communityId}&code=${item.code}` })}>
        编辑事项内容
      </Button>
      <Button className='btn-danger adjust-item__remove' onClick={() => void remove()}>
        删除事项
      </Button>
      {removing.error && <Text className='error'>{removing.error}</Text>}
    </View>
  );
}
