import Taro from '@tarojs/taro';

/** Opens the phone's dialler on a number (WeChat asks to confirm); closing it is not an error. */
export function callPhone(phoneNumber: string): void {
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}
