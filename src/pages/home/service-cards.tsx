import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CENTERS, FIELDS, type FieldId } from '../../../types/catalog-names';
import type { Me } from '../../../types/functions/user';
import { tapProps } from '../../lib/a11y';
import { openCatalogWith } from '../../lib/catalog-intent';

const CENTER_BLURB: Record<string, string> = {
  'party-mass': '党员服务 · 民生事项 · 便民服务',
  governance: '矛盾调解 · 平安建设 · 法律服务',
  civilization: '理论宣讲 · 志愿服务 · 文化活动',
};

/** 三个服务阵地: what each center does, and where the resident's community has it. */
export function CentersCard({ community }: { community: NonNullable<Me['community']> }) {
  return (
    <View className='card'>
      <Text className='card-title'>三个服务阵地</Text>
      {CENTERS.map((c) => {
        const place = community.centers.find((p) => p.center === c.id);
        return (
          <View key={c.id} className='home__center'>
            <Text className='home__center-name'>{c.name}</Text>
            <Text className='muted'>{CENTER_BLURB[c.id]}</Text>
            {place && <Text className='muted home__center-addr'>{place.address}</Text>}
          </View>
        );
      })}
    </View>
  );
}

/** 九大服务领域: a tap opens 办事 on that field. */
export function FieldsCard() {
  const goField = (field: FieldId) => {
    openCatalogWith({ field });
    void Taro.switchTab({ url: '/pages/catalog/index' });
  };
  return (
    <View className='card'>
      <Text className='card-title'>九大服务领域</Text>
      <View className='home__fields'>
        {FIELDS.map((f) => (
          <View key={f.id} className='home__field' data-field={f.id} {...tapProps()} onClick={() => goField(f.id)}>
            <Text>{f.plain}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
