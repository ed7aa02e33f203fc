import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { CatalogItemSummary } from '../../../types/catalog';
import { hasConsent } from '../../../types/privacy';
import { EntryList } from '../../components/entry-list';
import { ItemRow } from '../../components/item-row';
import { OfflineHint } from '../../components/offline-hint';
import { PrivacyGate } from '../../components/privacy-gate';
import { useCatalog, useFrequent } from '../../hooks/use-catalog';
import { entriesFor } from '../../lib/entries';
import { recentItems } from '../../lib/recent-items';
import { refreshUnread } from '../../lib/unread';
import { HomeBanner } from './banner';
import { ChooseCommunity } from './choose-community';
import { CentersCard, FieldsCard } from './service-cards';
import { useHomeIdentity } from './use-home-identity';
import './index.css';

/** 首页: the resident's community, its service centers and fields, what they looked at lately and what is asked for most. */
export default function Home() {
  const { params } = useRouter();
  const catalog = useCatalog();
  // A scanned QR code opens this page with `scene`: the resident is bound to that community first.
  const { me, stale, error, choose, agreed } = useHomeIdentity(params.scene, catalog.refresh);
  const [recent, setRecent] = useState<CatalogItemSummary[]>([]);
  useDidShow(() => {
    setRecent(recentItems());
    // The unread badge on the 我的 tab, so new messages show from the first screen.
    void refreshUnread();
  });
  const frequent = useFrequent(me?.community?.id ?? null);

  if (error) return <Text className='error'>{error}</Text>;
  if (!me) return <Text className='empty'>加载中…</Text>;
  if (!hasConsent(me.consents, 'basic')) return <PrivacyGate onAgreed={agreed} />;
  if (!me.community) return <ChooseCommunity onChosen={choose} />;

  return (
    <View className='page home'>
      <HomeBanner me={me} community={me.community} />
      <OfflineHint stale={stale ?? catalog.stale} onRetry={catalog.refresh} />
      <EntryList entries={entriesFor('home', me.roles.map((r) => r.role))} />
      <CentersCard community={me.community} />
      <FieldsCard />

      {recent.length > 0 && (
        <View>
          <Text className='card-title'>最近浏览</Text>
          {recent.map((item) => (
            <ItemRow key={item.code} item={item} />
          ))}
        </View>
      )}

      <View>
        <Text className='card-title'>常用事项</Text>
        {frequent.map((item) => (
          <ItemRow key={item.code} item={item} />
        ))}
      </View>
      <Button className='home__all' onClick={() => Taro.switchTab({ url: '/pages/catalog/index' })}>
        查看全部 {catalog.snapshot?.items.length ?? ''} 项服务
      </Button>
    </View>
  );
}
