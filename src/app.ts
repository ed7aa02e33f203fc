import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { watchPrivacyRequests } from './lib/privacy';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
  watchPrivacyRequests();
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
