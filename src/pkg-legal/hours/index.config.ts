export default definePageConfig({ navigationBarTitleText: '值班时间' });
