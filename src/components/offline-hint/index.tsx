import { Text } from '@tarojs/components';
import type { Stale } from '../../hooks/use-catalog';
import { tapProps } from '../../lib/a11y';
import './index.css';

/** A quiet line saying the page shows what the device saved, because the network or the server failed. */
export function OfflineHint({ stale, onRetry }: { stale: Stale; onRetry?: () => void }) {
  if (!stale) return null;
  return (
    <Text className={`offline-hint ${onRetry ? 'offline-hint--retry' : ''}`} {...(onRetry ? tapProps() : {})} onClick={onRetry}>
      {stale === 'offline' ? '离线' : '暂未更新'} · 显示的是本机保存的内容{onRetry ? '，点此重试' : ''}
    </Text>
  );
}
