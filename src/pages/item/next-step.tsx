import { Button, Text, View } from '@tarojs/components';
import type { CatalogItem } from '../../../types/catalog';
import type { CatalogDetail } from '../../../types/functions/catalog';
import { centerName } from '../../../types/catalog-names';
import { callPhone } from '../../lib/phone-call';
import { showOnMap } from '../../lib/show-on-map';
import { hoursText } from '../../../types/catalog-display';

/**
 * 怎么办理 for an item that cannot be done online: where to go, when, and a call or the map in one tap, so the
 * guide does not end without a next step.
 */
export function NextStep({ item, place }: { item: CatalogItem; place: CatalogDetail['place'] | undefined }) {
  return (
    <View className='card item__next'>
      <Text className='card-title'>怎么办理</Text>
      <Text className='item__text'>此事项需到窗口办理，请带齐上面的材料前往：</Text>
      <Text className='item__text item__next-place'>
        {centerName(item.center)} · {item.place.window}
      </Text>
      {place && <Text className='item__text'>地址：{place.address}</Text>}
      <Text className='item__text'>办理时间：{hoursText(item, place?.hours)}</Text>
      {place && (
        <View className='item__next-actions'>
          <Button className='btn-primary item__call' onClick={() => callPhone(place.phone)}>
            打电话咨询 {place.phone}
          </Button>
          <Button className='btn-secondary item__map' onClick={() => showOnMap(place.address)}>
            {process.env.TARO_ENV === 'h5' ? '在地图中查看' : '复制地址（到地图中查看）'}
          </Button>
        </View>
      )}
    </View>
  );
}
