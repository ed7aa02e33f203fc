export default definePageConfig({ navigationBarTitleText: '进百家门' });
