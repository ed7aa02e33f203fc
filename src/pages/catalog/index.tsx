import { Button, Input, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import type { FieldId } from '../../../types/catalog-names';
import { searchEntries } from '../../../types/catalog-search';
import { ItemRow } from '../../components/item-row';
import { OfflineHint } from '../../components/offline-hint';
import { Page } from '../../components/page';
import { TapText } from '../../components/tap-text';
import { useCatalog } from '../../hooks/use-catalog';
import { takeCatalogIntent } from '../../lib/catalog-intent';
import { FieldChips, NoResults } from './field-chips';
import { ViewSwitch } from './view-switch';
import './index.css';

/**
 * 办事: the community's catalog from the device's copy, searched as people type with the same ranking as the
 * server (Chinese, full pinyin, initials, codes), so it answers at once and with no network.
 */
export default function Catalog() {
  const [q, setQ] = useState('');
  const [field, setField] = useState<FieldId | undefined>();
  const [focus, setFocus] = useState(false);
  const catalog = useCatalog();

  useDidShow(() => {
    const intent = takeCatalogIntent();
    if (!intent) return;
    // Arriving from the home page starts a fresh browse: the field chosen there, no leftover query.
    setField(intent.field);
    setQ(intent.q ?? '');
    setFocus(Boolean(intent.focus));
  });

  const query = q.trim();
  const results = useMemo(() => {
    const entries = catalog.snapshot?.entries ?? [];
    const scoped = field ? entries.filter((e) => e.item.field === field) : entries;
    return query ? searchEntries(scoped, query) : scoped;
  }, [catalog.snapshot, field, query]);

  return (
    <Page className='catalog'>
      <View className='catalog__search'>
        <Input
          className='catalog__input'
          aria-label='搜索事项'
          value={q}
          focus={focus}
          placeholder='搜索事项：汉字、拼音或首字母'
          confirmType='search'
          onInput={(e) => setQ(e.detail.value)}
        />
        {q && (
          <TapText className='catalog__clear' label='清除搜索词' onTap={() => setQ('')}>
            清除
          </TapText>
        )}
      </View>
      <ViewSwitch view={catalog.view} onChoose={catalog.setView} />
      <FieldChips field={field} onChoose={setField} />

      <OfflineHint stale={catalog.stale} onRetry={catalog.refresh} />
      {catalog.error && (
        <View className='card'>
          <Text className='error'>{catalog.error.message}</Text>
          <Button className='btn-secondary catalog__retry' onClick={catalog.refresh}>
            重试
          </Button>
        </View>
      )}
      {!catalog.snapshot && !catalog.error && <Text className='empty'>加载中…</Text>}
      {catalog.snapshot && (
        <Text className='muted catalog__count'>
          {query ? `“${query}”的搜索结果：` : ''}共 {results.length} 项
        </Text>
      )}
      {results.map((e) => (
        <ItemRow key={e.item.code} item={e.item} />
      ))}
      {catalog.snapshot && results.length === 0 && (
        <NoResults
          onField={(f) => {
            setQ('');
            setField(f);
          }}
        />
      )}
    </Page>
  );
}
