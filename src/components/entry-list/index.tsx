import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { tapProps } from '../../lib/a11y';
import type { Entry } from '../../lib/entries';
import './index.css';

/** A list of feature links, each with an optional badge (e.g. unread messages). */
export function EntryList({ entries, badges = {} }: { entries: Entry[]; badges?: Record<string, number> }) {
  if (entries.length === 0) return null;
  return (
    <View className='card entry-list'>
      {entries.map((e) => (
        <View key={e.key} className='entry-list__row' data-entry={e.key} {...tapProps('link', { label: (badges[e.key] ?? 0) > 0 ? `${e.title}，${badges[e.key]}条未读` : e.title })} onClick={() => Taro.navigateTo({ url: e.url })}>
          <Text className='entry-list__title'>{e.title}</Text>
          {(badges[e.key] ?? 0) > 0 && <Text className='entry-list__badge'>{badges[e.key]! > 99 ? '99+' : badges[e.key]}</Text>}
          <Text className='entry-list__arrow'>›</Text>
        </View>
      ))}
    </View>
  );
}
