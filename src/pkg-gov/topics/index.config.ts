export default definePageConfig({ navigationBarTitleText: '大事共议' });
