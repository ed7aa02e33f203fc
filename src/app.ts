import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.css';

// The DevTools journeys' build reaches the test host over HTTP instead (HUB_TRANSPORT=http): no CloudBase there.
if (process.env.TARO_ENV === 'weapp' && HUB_TRANSPORT === 'cloud') {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
