import Taro from '@tarojs/taro';

/**
 * WeChat's own privacy authorization (基础库 2.32.3+): before a privacy API (getLocation…) runs for someone who has
 * not agreed to the guide declared in the 小程序后台, WeChat asks the app to show it, and waits. The app answers
 * from a button with open-type `agreePrivacyAuthorization` (WeChat checks that it was tapped): the first-use gate on
 * 首页 carries it, and the full guide page does when opened for such a request.
 */
export const PRIVACY_GUIDE_PAGE = '/pkg-privacy/guide/index';
export const PRIVACY_AGREE_ID = 'privacy-agree';

type Resolve = (answer: { event: 'agree' | 'disagree'; buttonId?: string }) => void;
let waiting: Resolve | null = null;

/** weapp only, once at launch: a privacy API that needs the guide opens it, and waits for the answer. */
export function watchPrivacyRequests(): void {
  // Base libraries before 2.32.3 (and the simulator) have no such hook: the guide at first use still asks consent.
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    waiting = resolve;
    void Taro.navigateTo({ url: `${PRIVACY_GUIDE_PAGE}?ask=1` });
  });
}

/** Answers WeChat's pending request, if any, with the tap on the agree button (or a refusal). */
export function answerPrivacyRequest(agreed: boolean): void {
  waiting?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_ID } : { event: 'disagree' });
  waiting = null;
}
