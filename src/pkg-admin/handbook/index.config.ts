export default definePageConfig({ navigationBarTitleText: '服务事项手册' });
