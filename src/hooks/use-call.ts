import { useDidShow } from '@tarojs/taro';
import { useEffect, useReducer, useRef, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error';

/** What a failed load says when the reason is not the server's to tell. */
export const LOAD_FAILED = '加载失败，请稍后重试';

export interface CallState<T> {
  data: T | null;
  /** The key `data` was loaded for: lets a page tell fresh results from the previous ones still shown. */
  dataKey: string | null;
  error: ApiError | null;
  reload: () => void;
}

/** Runs an api call when its key changes; a late answer for an old key is dropped. */
export function useCall<T>(run: () => Promise<T>, key: string, enabled = true): CallState<T> {
  const [loaded, setLoaded] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [nonce, reload] = useReducer((n: number) => n + 1, 0);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    runRef
      .current()
      .then((value) => {
        if (!current) return;
        setLoaded({ key, value });
        setError(null);
      })
      .catch((err: unknown) => current && setError(asApiError(err, LOAD_FAILED)));
    return () => {
      current = false;
    };
  }, [key, nonce, enabled]);

  return { data: loaded?.value ?? null, dataKey: loaded?.key ?? null, error, reload };
}

/**
 * useCall for what changes while the page is out of sight (counts after a signup on a detail page, a request
 * just submitted): loads when the page is first shown and again each time it is shown again, unless `enabled`
 * is false.
 */
export function useCallOnShow<T>(run: () => Promise<T>, key: string, enabled?: boolean): CallState<T> {
  const [shown, countShow] = useReducer((n: number) => n + 1, 0);
  useDidShow(countShow);
  return useCall(run, `${key}|${shown}`, shown > 0 && enabled !== false);
}
