export default definePageConfig({ navigationBarTitleText: '通知投递异常' });
