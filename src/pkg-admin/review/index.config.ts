export default definePageConfig({ navigationBarTitleText: '纠错与复核' });
