import Taro from '@tarojs/taro';
import type { CatalogItemSummary } from '../../types/catalog';

const KEY = 'recentItems';
const LIMIT = 6;

/** Recently viewed items, newest first, kept on the device only. */
export function recentItems(): CatalogItemSummary[] {
  const stored = Taro.getStorageSync(KEY) as CatalogItemSummary[] | '';
  return Array.isArray(stored) ? stored : [];
}

export function rememberItem(item: CatalogItemSummary): void {
  const rest = recentItems().filter((i) => i.code !== item.code);
  Taro.setStorageSync(KEY, [item, ...rest].slice(0, LIMIT));
}
