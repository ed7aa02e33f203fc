export default definePageConfig({ navigationBarTitleText: '问题上报' });
