import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { devLogin, listDemoUsers } from '../../api/dev-login';
import { useCall } from '../../hooks/use-call';
import { Page } from '../../components/page';
import { tapProps } from '../../lib/a11y';
import './index.css';

/**
 * Local host only (H5): picks the identity that WeChat would supply as OPENID. Not part of the
 * mini-program build (see app.config.ts).
 */
export default function Login() {
  const users = useCall(() => listDemoUsers(), 'demo-users');
  const [openid, setOpenid] = useState('');
  const [error, setError] = useState<string | null>(null);

  const signIn = async (id: string) => {
    try {
      await devLogin(id);
      await Taro.reLaunch({ url: '/pages/home/index' });
    } catch (err) {
      setError(err instanceof Error ? err.message : '登录失败');
    }
  };

  return (
    <Page className='login'>
      <View className='card'>
        <Text className='card-title'>选择演示账号</Text>
        <Text className='muted'>本地演示环境用此页代替微信登录；正式小程序中身份由微信提供。</Text>
      </View>
      {users.data?.map((u) => (
        <View key={u.openid} className='card login__user' data-openid={u.openid} {...tapProps('button')} onClick={() => void signIn(u.openid)}>
          <Text className='login__name'>{u.name}</Text>
          <Text className='tag'>{u.label}</Text>
          <Text className='muted'>{u.openid}</Text>
        </View>
      ))}
      <View className='card'>
        <Text className='card-title'>以新居民身份登录</Text>
        <Input className='field-input login__input' value={openid} placeholder='输入任意 openid（字母、数字、-、_）' onInput={(e) => setOpenid(e.detail.value)} />
        <Button className='btn-primary' disabled={!openid.trim()} onClick={() => void signIn(openid.trim())}>
          登录
        </Button>
      </View>
      {error && <Text className='error'>{error}</Text>}
    </Page>
  );
}
