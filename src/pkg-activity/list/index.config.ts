export default definePageConfig({ navigationBarTitleText: '党员活动' });
