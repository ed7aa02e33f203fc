export default definePageConfig({ navigationBarTitleText: '接受任职邀请' });
