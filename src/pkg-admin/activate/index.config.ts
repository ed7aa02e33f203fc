export default definePageConfig({ navigationBarTitleText: '管理员激活' });
