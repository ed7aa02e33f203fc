export default definePageConfig({ navigationBarTitleText: '项目清单' });
