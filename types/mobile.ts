/** A mainland mobile number, as residents give it for call-backs; zod-free so pages can check it as people type. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const MOBILE_MESSAGE = '请填写11位手机号码';
