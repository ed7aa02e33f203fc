import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { useCall, type CallState } from './use-call';

/**
 * useCall for what changes while the page is out of sight (counts after a signup on a detail page, a request
 * just submitted): loads when the page is first shown and again each time it is shown again.
 */
export function useCallOnShow<T>(run: () => Promise<T>, key: string, enabled = true): CallState<T> {
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((n) => n + 1));
  return useCall(run, `${key}|${shown}`, enabled && shown > 0);
}
