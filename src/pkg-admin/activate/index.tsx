import { Button, Input, Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../api/client';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import './index.css';

/**
 * 管理员激活: the first street administrator enters the one-time code the deployment's `npm run setup` printed
 * (opened as `pkg-admin/activate/index?code=…`, or typed). After it, 首页 and 我的 show the street's admin entries.
 */
export default function ActivatePage() {
  const { params } = useRouter();
  const [code, setCode] = useState(params.code ?? '');
  const activating = useAction({ fallback: '激活失败，请稍后再试' });

  const activate = () =>
    activating.run(() =>
      call('user', 'claimAdmin', { code }).then((me) => {
        void Taro.reLaunch({ url: '/pages/me/index' });
        return `已激活：${me.name}（街道管理员）`;
      }),
    );

  return (
    <Page className='activate'>
      <Text className='activate__intro muted'>本页仅供首次部署时激活街道管理员。请输入部署人员运行 npm run setup 后提供的 12 位激活码。</Text>
      <Input className='field-input activate__input' aria-label='激活码' value={code} maxlength={20} placeholder='激活码' onInput={(e) => setCode(e.detail.value)} />
      {activating.error && <Text className='error'>{activating.error}</Text>}
      <Button className='btn-primary activate__submit' loading={activating.busy} disabled={activating.busy || code.trim() === ''} onClick={() => void activate()}>
        激活
      </Button>
      {activating.notice && <Text className='notice-ok activate__done'>{activating.notice}</Text>}
    </Page>
  );
}
