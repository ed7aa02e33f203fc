import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VolunteerPublic } from '../../../types/legal-aid';
import { kindName, LEGAL_PAGES, modeName, specialtyName } from '../../../types/legal-aid-names';
import { fmtDateTime } from '../../lib/cn-time';
import { tapProps } from '../../lib/a11y';

/** A volunteer as residents choose them: who, what they know, how they talk, when they are next free. */
export function LawyerCard({ v }: { v: VolunteerPublic }) {
  return (
    <View className='card legal-row legal-home__lawyer' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `${LEGAL_PAGES.lawyer}?id=${v.id}` })}>
      <View className='legal-row__head'>
        <Text className='legal-row__title legal-home__lawyer-name'>{v.name}</Text>
        <Text className={v.kind === 'lawyer' ? 'tag' : 'tag tag-green'}>{kindName(v.kind)}</Text>
      </View>
      {v.firm && <Text className='legal-row__line'>{v.firm}</Text>}
      <Text className='legal-row__line'>擅长：{v.specialties.map(specialtyName).join('、')}</Text>
      <Text className='legal-row__line'>方式：{v.modes.map(modeName).join('、')}</Text>
      {v.ratingAverage !== null && <Text className='legal-row__line'>评分 {v.ratingAverage}（{v.ratingCount}次评价）· 已服务 {v.completedCount} 次</Text>}
      <Text className='legal-row__line legal-home__next'>{v.nextFreeAt ? `最近可约：${fmtDateTime(v.nextFreeAt)}` : '近期没有可约时段'}</Text>
    </View>
  );
}
