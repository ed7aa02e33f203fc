const isH5 = process.env.TARO_ENV === 'h5';

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/catalog/index',
    'pages/me/index',
    'pages/item/index',
    // The dev sign-in stands in for WeChat login on the local host; it never ships in the mini-program.
    ...(isH5 ? ['pages/login/index'] : []),
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '社区服务通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/catalog/index', text: '办事', iconPath: 'assets/tab/catalog.png', selectedIconPath: 'assets/tab/catalog-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  ...(isH5 ? {} : { cloud: true }),
});
