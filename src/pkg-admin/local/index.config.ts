export default definePageConfig({ navigationBarTitleText: '本社区事项' });
