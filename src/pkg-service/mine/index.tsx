import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { RequestSummary } from '../../../types/request';
import { REQUEST_STATUS_LABELS } from '../../../types/request-names';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { tapProps } from '../../lib/a11y';
import { LOAD_FAILED } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import './index.css';

/** 我的申请: the resident's requests, newest first, a page at a time. */
export default function MyRequests() {
  const [items, setItems] = useState<RequestSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const loading = useAction({ fallback: LOAD_FAILED });

  const load = (from: string | null) =>
    loading.run(async () => {
      const page = await call('grid', 'mine', from ? { cursor: from } : {});
      setItems((prev) => (from ? [...(prev ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
    });

  // Fresh on every visit: a request just submitted shows at the top.
  useDidShow(() => void load(null));

  return (
    <Page className='my-requests'>
      {loading.error && <Text className='error'>{loading.error}</Text>}
      {items && items.length === 0 && (
        <View className='card'>
          <Text className='empty'>还没有提交过申请。在“办事”中找到事项，点“我要办理”即可网上申请；遇到路灯不亮、垃圾清运等问题，可在首页“问题上报”。</Text>
        </View>
      )}
      {items?.map((r) => (
        <View key={r.id} className='card my-requests__row' data-id={r.id} {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `/pkg-service/detail/index?id=${r.id}` })}>
          <View className='my-requests__head'>
            <Text className='my-requests__title'>{r.title}</Text>
            <Text className={`tag my-requests__status my-requests__status--${r.status}`}>{REQUEST_STATUS_LABELS[r.status]}</Text>
          </View>
          <Text className='muted'>
            编号 {r.no} · {fmtDateTime(r.createdAt)}
          </Text>
        </View>
      ))}
      {cursor && (
        <Button className='btn-secondary my-requests__more' loading={loading.busy} onClick={() => void load(cursor)}>
          加载更多
        </Button>
      )}
    </Page>
  );
}
