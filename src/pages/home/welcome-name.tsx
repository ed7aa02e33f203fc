import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Me } from '../../../types/functions/user';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

/**
 * A newcomer (arrived by a QR code or by choosing a community) is asked how to be addressed, once, on 首页: workers
 * who call back and the messages they get use it. 以后再说 leaves them 新居民 until they set it under 我的.
 */
export function WelcomeName({ me, onNamed }: { me: Me; onNamed: (me: Me) => void }) {
  const [name, setName] = useState('');
  const [later, setLater] = useState(false);
  const saving = useAction({ fallback: '保存失败，请稍后再试' });
  if (me.named || later) return null;
  const save = () => saving.run(() => call('user', 'updateProfile', { name: name.trim() }).then(onNamed));
  return (
    <View className='card welcome-name'>
      <Text className='card-title'>欢迎来到{me.community?.name ?? '社区'}！怎么称呼您？</Text>
      <Text className='muted'>社区工作人员联系您、给您发消息时会这样称呼您。</Text>
      <Input className='field-input welcome-name__input' value={name} maxlength={20} placeholder='如：王阿姨、张师傅' onInput={(e) => setName(e.detail.value)} />
      {(saving.fieldErrors.name || saving.error) && <Text className='error welcome-name__error'>{saving.fieldErrors.name ?? saving.error}</Text>}
      <View className='welcome-name__actions'>
        <Button className='btn-secondary welcome-name__later' onClick={() => setLater(true)}>
          以后再说
        </Button>
        <Button className='btn-primary welcome-name__save' loading={saving.busy} onClick={() => void save()}>
          就这样称呼我
        </Button>
      </View>
    </View>
  );
}
