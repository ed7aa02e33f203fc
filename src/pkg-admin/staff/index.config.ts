export default definePageConfig({ navigationBarTitleText: '人员任命' });
