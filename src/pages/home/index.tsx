import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { CatalogItemSummary } from '../../../types/catalog';
import { hasConsent } from '../../../types/privacy';
import { ElderSwitch } from '../../components/display-settings';
import { EntryList } from '../../components/entry-list';
import { ItemRow } from '../../components/item-row';
import { OfflineHint } from '../../components/offline-hint';
import { Page, PageStatus } from '../../components/page';
import { PrivacyGate } from '../../components/privacy-gate';
import { useCatalog, useFrequent } from '../../hooks/use-catalog';
import { useDisplay } from '../../lib/display';
import { entriesFor } from '../../lib/entries';
import { recentItems } from '../../lib/recent-items';
import { refreshUnread } from '../../lib/unread';
import { HomeBanner } from './banner';
import { ChooseCommunity } from './choose-community';
import { ElderHome } from './elder-home';
import { CentersCard, FieldsCard } from './service-cards';
import { useHomeIdentity } from './use-home-identity';
import { WelcomeName } from './welcome-name';
import './index.css';

/** 首页: the resident's community, its service centers and fields, what they looked at lately and what is asked for most. */
export default function Home() {
  const { params } = useRouter();
  const catalog = useCatalog();
  // A scanned QR code opens this page with `scene`: the resident is bound to that community first.
  const { me, stale, error, choose, replace } = useHomeIdentity(params.scene, catalog.refresh);
  const [recent, setRecent] = useState<CatalogItemSummary[]>([]);
  const [unread, setUnread] = useState(0);
  const { elder } = useDisplay();
  useDidShow(() => {
    setRecent(recentItems());
    // The unread badge on the 我的 tab, so new messages show from the first screen.
    void refreshUnread().then((n) => n !== null && setUnread(n));
  });
  const frequent = useFrequent(me?.community?.id ?? null);

  if (error) return <PageStatus className='home' error={error} />;
  if (!me) return <PageStatus className='home' />;
  if (!hasConsent(me.consents, 'basic')) return <PrivacyGate onAgreed={replace} />;
  if (!me.community) return <ChooseCommunity onChosen={choose} />;
  const welcome = <WelcomeName me={me} onNamed={replace} />;
  if (elder) return <ElderHome community={me.community} unread={unread} welcome={welcome} />;

  return (
    <Page className='home'>
      <HomeBanner me={me} community={me.community} />
      {welcome}
      <View className='card home__display'>
        <ElderSwitch />
      </View>
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
      <Button className='btn-secondary home__all' onClick={() => Taro.switchTab({ url: '/pages/catalog/index' })}>
        查看全部 {catalog.snapshot?.items.length ?? ''} 项服务
      </Button>
    </Page>
  );
}
