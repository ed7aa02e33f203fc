import { Text, View } from '@tarojs/components';
import type { AdminItemRow } from '../../../types/functions/catalog-admin';
import { tapProps } from '../../lib/a11y';

interface Props {
  name: string;
  rows: readonly AdminItemRow[];
  openReports: number;
  go: (path: string) => void;
}

/** The community's copy at a glance, with the way to add an item, print the handbook and see 纠错 reports. */
export function SummaryCard({ name, rows, openReports, go }: Props) {
  const count = (test: (r: AdminItemRow) => boolean) => rows.filter(test).length;
  return (
    <View className='card'>
      <Text className='card-title'>{name} 服务事项</Text>
      <Text className='muted'>
        共 {rows.length} 项 · 已调整 {count((r) => r.adjusted.length > 0)} 项 · 已隐藏 {count((r) => r.hidden)} 项 · 本社区事项 {count((r) => r.local)} 项
      </Text>
      <View className='catalog-admin__actions'>
        <Text className='catalog-admin__action' {...tapProps()} onClick={() => go('local/index')}>
          ＋ 新增本社区事项
        </Text>
        <Text className='catalog-admin__action' {...tapProps('link')} onClick={() => go('handbook/index')}>
          服务事项手册
        </Text>
        <Text className='catalog-admin__action' data-action='review' {...tapProps('link')} onClick={() => go('review/index')}>
          纠错与复核{openReports > 0 ? `（${openReports}）` : ''}
        </Text>
      </View>
    </View>
  );
}
