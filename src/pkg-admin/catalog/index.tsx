import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { decodeKeys, searchEntries } from '../../../types/catalog-search';
import type { AdminItemRow } from '../../../types/functions/catalog-admin';
import { call } from '../../api/client';
import { Chip } from '../../components/chip';
import { Page } from '../../components/page';
import { useCallOnShow } from '../../hooks/use-call';
import { tapProps } from '../../lib/a11y';
import { AuditList } from '../components/audit-list';
import { useAdminCommunity } from '../lib/use-admin-community';
import { SummaryCard } from './summary-card';
import './index.css';

const FILTERS = [
  { id: 'all', name: '全部', test: () => true },
  { id: 'adjusted', name: '已调整', test: (r: AdminItemRow) => r.adjusted.length > 0 },
  { id: 'hidden', name: '已隐藏', test: (r: AdminItemRow) => r.hidden },
  { id: 'local', name: '本社区事项', test: (r: AdminItemRow) => r.local },
] as const;

/** For community and street admins: the community's copy of the catalog, what was changed and by whom. */
export default function CatalogAdmin() {
  const { params } = useRouter();
  const { communities, communityId, choose, error } = useAdminCommunity(params.community);
  const [filter, setFilter] = useState<(typeof FILTERS)[number]['id']>('all');
  const [q, setQ] = useState('');
  const items = useCallOnShow(() => call('catalog-admin', 'items', { communityId: communityId! }), communityId ?? '', Boolean(communityId));
  const audit = useCallOnShow(() => call('catalog-admin', 'audit', { communityId: communityId!, limit: 10 }), communityId ?? '', Boolean(communityId));
  const openReports = useCallOnShow(() => call('catalog-admin', 'reports', { communityId: communityId!, status: 'open' }), communityId ?? '', Boolean(communityId));
  const openCount = openReports.data?.reports.length ?? 0;

  const test = FILTERS.find((f) => f.id === filter)!.test;
  // One search everywhere: the residents' ranking (title, keywords, pinyin, initials, code) over the admin rows.
  const entries = (items.data?.items ?? []).filter(test).map((item, order) => ({ item, keys: decodeKeys(item.py), order }));
  const rows = searchEntries(entries, q).map((e) => e.item);
  const go = (path: string) => Taro.navigateTo({ url: `/pkg-admin/${path}${path.includes('?') ? '&' : '?'}community=${communityId}` });

  return (
    <Page className='catalog-admin'>
      {(error || items.error) && <Text className='error'>{(error ?? items.error)!.message}</Text>}
      {communities.length > 1 && (
        <View className='catalog-admin__communities'>
          {communities.map((c) => (
            <Chip key={c.id} className='admin-chip' role='radio' label={c.name} on={c.id === communityId} onTap={() => choose(c.id)} />
          ))}
        </View>
      )}
      {items.data && <SummaryCard name={items.data.communityName} rows={items.data.items} openReports={openCount} go={go} />}
      <View className='catalog-admin__search'>
        <Input className='catalog-admin__filter' value={q} placeholder='按名称、简称、拼音或编码搜索，如：低保、db' onInput={(e) => setQ(e.detail.value)} />
      </View>
      <View className='catalog-admin__filters'>
        {FILTERS.map((f) => (
          <Chip key={f.id} className='admin-chip' label={f.name} on={filter === f.id} onTap={() => setFilter(f.id)} />
        ))}
      </View>
      {rows.map((r) => (
        <View key={r.code} className='catalog-admin__row' data-code={r.code} {...tapProps('link')} onClick={() => go(`item/index?code=${r.code}`)}>
          <View className='catalog-admin__row-head'>
            <Text className={`catalog-admin__title ${r.hidden ? 'catalog-admin__title--hidden' : ''}`}>{r.title}</Text>
            {r.local && <Text className='tag'>本社区</Text>}
            {r.hidden && <Text className='tag tag-grey'>已隐藏</Text>}
            {r.adjusted.length > 0 && <Text className='tag tag-green'>已调整</Text>}
          </View>
          <Text className='muted'>{r.code}</Text>
        </View>
      ))}
      {items.data && rows.length === 0 && <Text className='empty'>没有符合条件的事项</Text>}
      <View className='card catalog-admin__audit'>
        <Text className='card-title'>最近修改</Text>
        {audit.data && <AuditList entries={audit.data.entries} showTarget />}
      </View>
    </Page>
  );
}
