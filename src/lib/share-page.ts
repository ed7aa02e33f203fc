import Taro from '@tarojs/taro';

/** On H5 a page is shared by its address: copied, to paste into a chat. WeChat shares with the button's openType. */
export function copyPageLink(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  Taro.setClipboardData({ data: window.location.href }).catch(() => undefined);
}
