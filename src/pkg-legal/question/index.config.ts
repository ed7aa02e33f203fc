export default definePageConfig({ navigationBarTitleText: '快速咨询' });
