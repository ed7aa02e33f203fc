import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { startH5Chrome } from './lib/h5-chrome';
import { watchPrivacyRequests } from './lib/privacy';
import './app.css';

// The DevTools journeys' build reaches the test host over HTTP instead (HUB_TRANSPORT=http): no CloudBase there.
if (process.env.TARO_ENV === 'weapp' && HUB_TRANSPORT === 'cloud') {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
  watchPrivacyRequests();
}
startH5Chrome();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
