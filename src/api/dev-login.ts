import Taro from '@tarojs/taro';
import { session } from './session';

export interface DemoUser {
  openid: string;
  name: string;
  label: string;
}

/** Local host only: the demo accounts and the dev sign-in that stands in for WeChat's OPENID. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const res = await Taro.request({ url: `${API_BASE}/dev/users`, method: 'GET' });
  return (res.data as { users: DemoUser[] }).users;
}

export async function devLogin(openid: string): Promise<void> {
  const res = await Taro.request({ url: `${API_BASE}/dev/login`, method: 'POST', data: { openid }, header: { 'content-type': 'application/json' } });
  const body = res.data as { token?: string; error?: { message: string } };
  if (res.statusCode !== 200 || !body.token) throw new Error(body.error?.message ?? '登录失败');
  session.save(body.token);
}
