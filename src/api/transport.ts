import Taro from '@tarojs/taro';
import type { FunctionResult } from '../../types/errors';
import { session } from './session';

/** Sends one call to a cloud function and returns exactly what the function returned. */
export type Transport = (fn: string, action: string, data: unknown) => Promise<FunctionResult<unknown>>;

/** WeChat: CloudBase callFunction, identity from the platform. */
const cloudTransport: Transport = async (fn, action, data) => {
  const res = await Taro.cloud.callFunction({ name: fn, data: { action, data } });
  return res.result as FunctionResult<unknown>;
};

/** Browser: the local host over HTTP with the dev token. */
const httpTransport: Transport = async (fn, action, data) => {
  const token = session.token();
  if (!token) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } };
  const res = await Taro.request({
    url: `${API_BASE}/fn/${fn}`,
    method: 'POST',
    header: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    data: { action, data },
  });
  if (res.statusCode === 401) {
    session.clear();
    return { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } };
  }
  return res.data as FunctionResult<unknown>;
};

/** The one place that chooses how functions are reached (HUB_TRANSPORT is fixed at build time: config/index.ts). */
export const transport: Transport = HUB_TRANSPORT === 'http' ? httpTransport : cloudTransport;
