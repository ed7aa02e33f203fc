import Taro from '@tarojs/taro';

/** Tab pages (src/app.config.ts tabBar): WeChat opens these only with switchTab, which takes no query. */
const TAB_PAGES = new Set(['/pages/home/index', '/pages/catalog/index', '/pages/me/index']);

/** Opens an in-app deep link such as `/pages/item/index?code=MS-01` from a message. */
export function openLink(link: string): Promise<unknown> {
  const url = link.startsWith('/') ? link : `/${link}`;
  const path = url.split('?')[0]!;
  return TAB_PAGES.has(path) ? Taro.switchTab({ url: path }) : Taro.navigateTo({ url });
}
