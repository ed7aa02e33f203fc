import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { asApiError } from '../api/api-error';

/**
 * Keeps a rotating code fresh: fetches it, then again when the server says the current one is replaced
 * (`refreshInMs`, counted from the server's clock, so a phone with a wrong clock still refreshes on time).
 * Paused while the page is hidden.
 */
export function useRotating<T extends { refreshInMs: number }>(fetch: () => Promise<T>, key: string): { data: T | null; error: string | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [visible, setVisible] = useState(true);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  useEffect(() => {
    if (!visible) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const tick = () =>
      fetchRef
        .current()
        .then((next) => {
          if (!live) return;
          setData(next);
          setError(null);
          // A little after the switch, so the new window has begun on the server too.
          timer = setTimeout(tick, Math.max(1000, next.refreshInMs + 300));
        })
        .catch((err: unknown) => {
          if (!live) return;
          setError(asApiError(err, '网络不可用，正在重试…').message);
          timer = setTimeout(tick, 5000);
        });
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, visible]);

  return { data, error };
}
