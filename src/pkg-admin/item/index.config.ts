export default definePageConfig({ navigationBarTitleText: '调整事项' });
