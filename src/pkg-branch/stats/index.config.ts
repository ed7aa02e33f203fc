export default definePageConfig({ navigationBarTitleText: '参与情况统计' });
