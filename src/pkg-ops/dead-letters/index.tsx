import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DeadLetter } from '../../../types/functions/notify';
import { NOTIFICATION_KIND_LABELS } from '../../../types/notify';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';
import './index.css';

const CHANNEL_LABELS: Record<DeadLetter['channel'], string> = { inbox: '站内消息', subscribe: '微信订阅消息', fanout: '群发' };

/** For community and street admins: notifications given up after the retry limit, each with a retry button. */
export default function DeadLettersPage() {
  const list = useCall(() => call('notify', 'deadLetters', {}), 'dead-letters');
  const [retried, setRetried] = useState<Set<string>>(new Set());
  const retrying = useAction({ fallback: '重发失败，请稍后重试' });

  const retry = (ids: string[]) =>
    retrying.run(async () => {
      await call('notify', 'retry', { ids });
      setRetried((prev) => new Set([...prev, ...ids]));
    });

  const items = list.data?.items ?? [];
  const waiting = items.filter((d) => !retried.has(d.id)).map((d) => d.id);
  return (
    <Page className='dead-letters'>
      <Text className='muted dead-letters__intro'>以下通知发送失败且已停止重试（多次重试仍失败，或微信返回了无法重试的错误）。排除原因（如订阅消息模板配置）后可重新发送，系统会在一分钟内再次投递。</Text>
      {(list.error || retrying.error) && <Text className='error'>{retrying.error ?? list.error?.message}</Text>}
      {list.data && items.length === 0 && <Text className='empty'>没有投递失败的通知</Text>}
      {waiting.length > 1 && (
        <Button className='btn-primary' onClick={() => void retry(waiting.slice(0, 100))}>
          全部重新发送（{waiting.length}）
        </Button>
      )}
      {items.map((d) => (
        <View key={d.id} className='dead-letters__row' data-id={d.id}>
          <View className='dead-letters__head'>
            <Text className='dead-letters__title'>{d.title}</Text>
            <Text className='tag'>{NOTIFICATION_KIND_LABELS[d.kind]}</Text>
          </View>
          <Text className='muted'>
            {d.recipientName} · {CHANNEL_LABELS[d.channel]} · 尝试 {d.attempts} 次
          </Text>
          {d.lastError && <Text className='dead-letters__error'>{d.lastError}</Text>}
          <View className='dead-letters__meta'>
            <Text className='muted'>{fmtShortDateTime(d.at)}</Text>
            {retried.has(d.id) ? (
              <Text className='dead-letters__done'>已重新排队</Text>
            ) : (
              <Button className='btn-secondary dead-letters__retry' onClick={() => void retry([d.id])}>
                重新发送
              </Button>
            )}
          </View>
        </View>
      ))}
    </Page>
  );
}
