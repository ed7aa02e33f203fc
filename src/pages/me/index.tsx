import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { Me } from '../../../types/functions/user';
import { ROLE_LABELS } from '../../../types/role-names';
import { call } from '../../api/client';
import { session } from '../../api/session';
import { DisplaySettings } from '../../components/display-settings';
import { EntryList } from '../../components/entry-list';
import { Page } from '../../components/page';
import { ProfileEditor } from '../../components/profile-editor';
import { useCallOnShow } from '../../hooks/use-call';
import { entriesFor } from '../../lib/entries';
import { refreshUnread } from '../../lib/unread';
import './index.css';

export default function MePage() {
  const [unread, setUnread] = useState(0);
  const [saved, setSaved] = useState<Me | null>(null);
  const me = useCallOnShow(() => call('user', 'me', {}), 'me');
  useDidShow(() => {
    setSaved(null);
    // Also sets the badge on the 我的 tab.
    void refreshUnread().then((n) => n !== null && setUnread(n));
  });
  // A just-saved profile shows until the next visit reloads it.
  const user = saved && saved.openid === me.data?.openid ? saved : me.data;

  return (
    <Page className='me'>
      {me.error && <Text className='error'>{me.error.message}</Text>}
      {user && (
        <View className='card me__profile'>
          <Text className='me__name'>{user.name}</Text>
          {user.phoneMasked && <Text className='muted'>{user.phoneMasked}</Text>}
          <View className='me__roles'>
            {[...new Set(user.roles.map((r) => r.role))].map((role) => (
              <Text key={role} className='tag'>
                {ROLE_LABELS[role]}
              </Text>
            ))}
          </View>
          <Text className='me__place'>
            {user.community ? `${user.community.streetName} ${user.community.name}` : '尚未进入社区'}
            {user.gridName ? ` · ${user.gridName}` : ''}
            {user.buildingName ? ` · ${user.buildingName}` : ''}
          </Text>
          <ProfileEditor key={user.openid} me={user} onSaved={setSaved} />
        </View>
      )}
      {user && <EntryList entries={entriesFor('me', user.roles.map((r) => r.role))} badges={{ inbox: unread }} />}
      <DisplaySettings />
      {process.env.TARO_ENV === 'h5' && (
        <Button
          className='btn-secondary me__logout'
          onClick={() => {
            session.clear();
            void Taro.reLaunch({ url: '/pages/login/index' });
          }}
        >
          切换账号（本地演示）
        </Button>
      )}
    </Page>
  );
}
