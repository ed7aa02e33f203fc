import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { asApiError, LOAD_FAILED } from '../lib/error-message';

export interface CallState<T> {
  data: T | null;
  /** The key `data` was loaded for: lets a page tell fresh results from the previous ones still shown. */
  dataKey: string | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Runs an api call when its key changes; a late answer for an old key is dropped. */
export function useCall<T>(run: () => Promise<T>, key: string, enabled = true): CallState<T> {
  const [loaded, setLoaded] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [nonce, setNonce] = useState(0);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setLoading(true);
    runRef
      .current()
      .then((value) => current && (setLoaded({ key, value }), setError(null)))
      .catch((err: unknown) => current && setError(asApiError(err, LOAD_FAILED)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [key, nonce, enabled]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: loaded?.value ?? null, dataKey: loaded?.key ?? null, error, loading, reload };
}
