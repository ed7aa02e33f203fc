export default definePageConfig({ navigationBarTitleText: '邀请新成员' });
