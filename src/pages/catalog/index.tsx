import { Input, ScrollView, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { FIELDS, type FieldId } from '../../../types/catalog-names';
import { call } from '../../api/client';
import { ItemRow } from '../../components/item-row';
import { useCall } from '../../hooks/use-call';
import { takeCatalogIntent } from '../../lib/catalog-intent';
import './index.css';

/** Waits for typing to pause before searching, so each keystroke does not cost a call. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

export default function Catalog() {
  const [q, setQ] = useState('');
  const [field, setField] = useState<FieldId | undefined>();
  const [focus, setFocus] = useState(false);
  const query = useDebounced(q.trim(), 200);

  useDidShow(() => {
    const intent = takeCatalogIntent();
    if (!intent) return;
    // Arriving from the home page starts a fresh browse: the field chosen there, no leftover query.
    setField(intent.field);
    setQ(intent.q ?? '');
    setFocus(Boolean(intent.focus));
  });

  const key = `${query}|${field ?? ''}`;
  const list = useCall(() => call('catalog', 'list', { ...(query ? { q: query } : {}), ...(field ? { field } : {}) }), key);
  const shownQuery = list.dataKey?.split('|')[0] ?? '';

  return (
    <View className='page catalog'>
      <View className='catalog__search'>
        <Input
          className='catalog__input'
          value={q}
          focus={focus}
          placeholder='搜索事项：汉字、拼音或首字母'
          confirmType='search'
          onInput={(e) => setQ(e.detail.value)}
        />
        {q && (
          <Text className='catalog__clear' onClick={() => setQ('')}>
            清除
          </Text>
        )}
      </View>
      <ScrollView scrollX className='catalog__fields'>
        <Text className={`catalog__chip ${!field ? 'catalog__chip--on' : ''}`} onClick={() => setField(undefined)}>
          全部
        </Text>
        {FIELDS.map((f) => (
          <Text key={f.id} data-field={f.id} className={`catalog__chip ${field === f.id ? 'catalog__chip--on' : ''}`} onClick={() => setField(f.id)}>
            {f.name}
          </Text>
        ))}
      </ScrollView>

      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data && (
        <Text className='muted catalog__count'>
          {shownQuery ? `“${shownQuery}”的搜索结果：` : ''}共 {list.data.total} 项
        </Text>
      )}
      {list.data?.items.map((item) => <ItemRow key={item.code} item={item} />)}
      {list.data && list.data.total === 0 && (
        <View className='card catalog__empty'>
          <Text className='empty'>没有找到相关事项，换个说法试试，或按领域查看：</Text>
          <View className='catalog__empty-fields'>
            {FIELDS.map((f) => (
              <Text
                key={f.id}
                className='catalog__chip'
                onClick={() => {
                  setQ('');
                  setField(f.id);
                }}
              >
                {f.name}
              </Text>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
