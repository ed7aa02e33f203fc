import { Button, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { InboxItem } from '../../../types/functions/notify';
import { NOTIFICATION_KIND_LABELS } from '../../../types/notify';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { TapText } from '../../components/tap-text';
import { useAction } from '../../hooks/use-action';
import { tapProps } from '../../lib/a11y';
import { LOAD_FAILED } from '../../hooks/use-call';
import { openLink } from '../../lib/open-link';
import { fmtShortDateTime } from '../../lib/cn-time';
import { StaffSubscriptions } from './staff-subscriptions';
import './index.css';

/** 消息: the caller's in-app inbox, newest first. Tapping a message marks it read and opens its deep link. */
export default function InboxPage() {
  const [items, setItems] = useState<InboxItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const loading = useAction({ fallback: LOAD_FAILED });
  const marking = useAction();
  const opening = useAction({ fallback: '无法打开该页面' });

  const load = (after?: string) =>
    loading.run(() =>
      call('notify', 'inbox', after ? { cursor: after } : {}).then((page) => {
        setItems((prev) => (after ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setLoaded(true);
      }),
    );

  // Reload on every show: coming back from a deep link, the list reflects what was read.
  useDidShow(() => void load());

  const markLocal = (ids: string[] | 'all') => setItems((prev) => prev.map((i) => (ids === 'all' || ids.includes(i.id) ? { ...i, read: true } : i)));

  const open = (item: InboxItem) =>
    opening.run(() => {
      if (!item.read) markLocal([item.id]);
      // Marked before leaving, so that 我的 shows the lower count on return; a failure only leaves it unread.
      const marked = item.read ? Promise.resolve() : call('notify', 'markRead', { ids: [item.id] }).catch(() => undefined);
      return marked.then(() => (item.link ? openLink(item.link) : undefined));
    });

  const readAll = () => marking.run(() => call('notify', 'markRead', { all: true }).then(() => markLocal('all')));

  const unread = items.filter((i) => !i.read).length;
  const error = loading.error || marking.error || opening.error;
  return (
    <Page className='inbox'>
      <View className='inbox__toolbar'>
        <Text className='muted'>{unread > 0 ? `${unread} 条未读` : '没有未读消息'}</Text>
        {unread > 0 && (
          <TapText className='inbox__read-all' onTap={() => void readAll()}>
            全部已读
          </TapText>
        )}
      </View>
      <StaffSubscriptions />
      {error && <Text className='error'>{error}</Text>}
      {loaded && items.length === 0 && !error && <Text className='empty'>暂无消息</Text>}
      {items.map((item) => (
        <View key={item.id} className={`inbox__item${item.read ? '' : ' inbox__item--unread'}`} data-id={item.id} {...tapProps('link')} onClick={() => void open(item)}>
          {!item.read && <Text className='inbox__unread'>未读</Text>}
          <View className='inbox__head'>
            <Text className='inbox__title'>{item.title}</Text>
            <Text className='tag'>{NOTIFICATION_KIND_LABELS[item.kind]}</Text>
          </View>
          <Text className='inbox__body'>{item.body}</Text>
          <View className='inbox__meta'>
            <Text className='muted'>{fmtShortDateTime(item.at)}</Text>
            {item.link && <Text className='inbox__link'>查看详情 ›</Text>}
          </View>
        </View>
      ))}
      {cursor && (
        <Button className='btn-secondary inbox__more' loading={loading.busy} disabled={loading.busy} onClick={() => void load(cursor)}>
          加载更多
        </Button>
      )}
    </Page>
  );
}
