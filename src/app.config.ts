const isH5 = process.env.TARO_ENV === 'h5';

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/catalog/index',
    'pages/me/index',
    'pages/item/index',
    'pages/inbox/index',
    // The dev sign-in stands in for WeChat login on the local host; it never ships in the mini-program.
    ...(isH5 ? ['pages/login/index'] : []),
  ],
  subPackages: [
    // Operations pages for community and street admins.
    { root: 'pkg-ops', pages: ['dead-letters/index'] },
    // Residents' requests from catalog items: the form, 我的申请 and a request's detail.
    { root: 'pkg-service', pages: ['request/index', 'mine/index', 'detail/index', 'report/index'] },
    // The people who act on requests (grid workers, liaisons, admins): their inbox and a request's steps.
    { root: 'pkg-grid', pages: ['inbox/index', 'request/index'] },
    // Oversight of requests: counts, the overdue list and rates by grid, category and week.
    { root: 'pkg-oversight', pages: ['dashboard/index'] },
    // Community and street admins: the community's copy of the catalog, its printable handbook, 纠错 and reviews.
    // Appointments (staff, invite, and join for the invitee), request settings and content review too, and the first street admin's activation.
    { root: 'pkg-admin', pages: ['catalog/index', 'item/index', 'local/index', 'handbook/index', 'review/index', 'staff/index', 'invite/index', 'join/index', 'settings/index', 'content-review/index', 'activate/index'] },
    // Party activities for members (and residents, for open ones) and membership applications.
    { root: 'pkg-activity', pages: ['list/index', 'detail/index', 'mine/index', 'checkin/index', 'apply/index'] },
    // Branch officers: publish activities, run check-in and attendance, approve members.
    { root: 'pkg-branch', pages: ['index/index', 'edit/index', 'manage/index', 'qr/index', 'approvals/index', 'stats/index'] },
    // Legal aid: residents book volunteers and ask quick questions; volunteers apply, keep hours and serve; admins verify.
    {
      root: 'pkg-legal',
      pages: ['index/index', 'lawyer/index', 'book/index', 'ask/index', 'mine/index', 'booking/index', 'question/index', 'apply/index', 'hours/index', 'desk/index', 'record/index', 'admin/index'],
    },
    // Households: a resident states theirs; grid workers, 楼栋长 and admins verify them (and admins ownership).
    { root: 'pkg-household', pages: ['mine/index', 'verify/index'] },
    // Co-governance: 三张清单 (needs, resources, projects), 大事共议 (topics and votes), 进百家门 (visits), officers' board.
    {
      root: 'pkg-gov',
      pages: ['needs/index', 'resources/index', 'projects/index', 'project/index', 'project-new/index', 'topics/index', 'topic/index', 'topic-new/index', 'visits/index', 'visit/index', 'board/index'],
    },
    // Personal data: the privacy guide in full, who read my data, export and account deletion.
    { root: 'pkg-privacy', pages: ['guide/index', 'reads/index', 'data/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '社区服务通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    // H5: Taro's own navigation bar, with the page's title and a way back (the mini-program has WeChat's).
    ...(isH5 ? { navigationStyle: 'default' as const } : {}),
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
  ...(isH5
    ? {}
    : {
        cloud: true,
        // WeChat's privacy authorization: the app shows its guide when a privacy API first needs it (src/lib/privacy.ts).
        // What is collected is declared in the 小程序后台 (用户隐私保护指引), see README.
        __usePrivacyCheck__: true,
        // The request form offers the phone's location to find the resident's grid when no building is registered.
        requiredPrivateInfos: ['getLocation'],
        permission: { 'scope.userLocation': { desc: '用于确定您所在的网格，把申请直接分派给网格员' } },
      }),
});
