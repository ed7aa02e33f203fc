import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Me } from '../../../types/functions/user';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import './index.css';

/** Lets a resident set how they are addressed and the phone workers call back on (shown masked everywhere). */
export function ProfileEditor({ me, onSaved }: { me: Me; onSaved: (me: Me) => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(me.name);
  const [phone, setPhone] = useState('');
  const saving = useAction({ fallback: '保存失败，请稍后再试' });

  if (!editing) {
    return (
      <Button className='btn-secondary profile-editor__open' onClick={() => setEditing(true)}>
        编辑资料
      </Button>
    );
  }

  const save = () =>
    saving.run(() =>
      call('user', 'updateProfile', { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) }).then((updated) => {
        setEditing(false);
        setPhone('');
        onSaved(updated);
      }),
    );
  const { fieldErrors } = saving;
  // The general message only when no field carries the reason.
  const general = Object.keys(fieldErrors).length === 0 ? saving.error : null;

  return (
    <View className='profile-editor'>
      <Text className='profile-editor__label'>称呼</Text>
      <Input className='field-input profile-editor__input' value={name} maxlength={20} placeholder='您希望怎么称呼，如：王阿姨' onInput={(e) => setName(e.detail.value)} />
      {fieldErrors.name && <Text className='profile-editor__error'>{fieldErrors.name}</Text>}
      <Text className='profile-editor__label'>手机号码（网格员回访时联系，仅显示部分号码）</Text>
      <Input className='field-input profile-editor__input' type='number' value={phone} maxlength={11} placeholder={me.phoneMasked ?? '11位手机号码'} onInput={(e) => setPhone(e.detail.value)} />
      {fieldErrors.phone && <Text className='profile-editor__error'>{fieldErrors.phone}</Text>}
      {general && <Text className='profile-editor__error'>{general}</Text>}
      <View className='profile-editor__actions'>
        <Button className='btn-secondary profile-editor__cancel' onClick={() => setEditing(false)}>
          取消
        </Button>
        <Button className='btn-primary profile-editor__save' loading={saving.busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
