import Taro from '@tarojs/taro';

/**
 * 查看地图 for an address without coordinates (the centers' records hold text addresses): in WeChat the address is
 * copied to paste into a map app, since a mini-program cannot open another app's link.
 */
export function showOnMap(address: string): void {
  Taro.setClipboardData({ data: address }).catch(() => undefined);
}
