import Taro from '@tarojs/taro';

const TOKEN_KEY = 'devToken';

/** The local host's dev token (H5 only); in WeChat the identity comes from the platform. */
export const session = {
  token(): string | null {
    return (Taro.getStorageSync(TOKEN_KEY) as string) || null;
  },
  save(token: string): void {
    Taro.setStorageSync(TOKEN_KEY, token);
  },
  clear(): void {
    Taro.removeStorageSync(TOKEN_KEY);
  },
};
