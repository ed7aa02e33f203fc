import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { CatalogItemSummary } from '../../../types/catalog';
import { CENTERS, FIELDS } from '../../../types/catalog-names';
import type { Me } from '../../../types/functions/user';
import { call } from '../../api/client';
import { EntryList } from '../../components/entry-list';
import { ItemRow } from '../../components/item-row';
import { OfflineHint } from '../../components/offline-hint';
import { useCatalog, useFrequent, type Stale } from '../../hooks/use-catalog';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { openCatalogWith } from '../../lib/catalog-intent';
import { entriesFor } from '../../lib/entries';
import { asApiError } from '../../lib/error-message';
import { cachedMe, saveMe } from '../../lib/me-cache';
import { recentItems } from '../../lib/recent-items';
import { refreshUnread } from '../../lib/unread';
import './index.css';

const CENTER_BLURB: Record<string, string> = {
  'party-mass': '党员服务 · 民生事项 · 便民服务',
  governance: '矛盾调解 · 平安建设 · 法律服务',
  civilization: '理论宣讲 · 志愿服务 · 文化活动',
};

export default function Home() {
  const { params } = useRouter();
  // The saved identity opens the page at once (and offline); a scanned code waits for the new binding.
  const [me, setMe] = useState<Me | null>(() => (params.scene ? null : cachedMe()));
  const [meStale, setMeStale] = useState<Stale>(null);
  const [error, setError] = useState<string | null>(null);
  const [recent, setRecent] = useState<CatalogItemSummary[]>([]);
  const catalog = useCatalog();

  // A scanned QR code opens this page with `scene`: bind the resident to that community first.
  useEffect(() => {
    const scene = params.scene ? decodeURIComponent(params.scene) : null;
    const load = scene ? call('user', 'enter', { scene }) : call('user', 'me', {});
    load
      .then((fresh) => {
        saveMe(fresh);
        setMe(fresh);
        setMeStale(null);
        // A scanned code may have moved the resident to another community: its catalog, not the saved one.
        if (scene) catalog.refresh();
      })
      .catch((err: unknown) => {
        const failure = asApiError(err, '加载失败');
        const saved = scene ? null : cachedMe();
        if (saved && failure.offline) setMeStale('offline');
        else setError(failure.message);
      });
  }, [params.scene]);

  useDidShow(() => {
    setRecent(recentItems());
    // The unread badge on the 我的 tab, so new messages show from the first screen.
    void refreshUnread();
  });

  const frequent = useFrequent(me?.community?.id ?? null);

  if (error) return <Text className='error'>{error}</Text>;
  if (!me) return <Text className='empty'>加载中…</Text>;
  if (!me.community)
    return (
      <ChooseCommunity
        onChosen={(chosen) => {
          saveMe(chosen);
          setMe(chosen);
          catalog.refresh();
        }}
      />
    );

  const goField = (field: (typeof FIELDS)[number]['id']) => {
    openCatalogWith({ field });
    void Taro.switchTab({ url: '/pages/catalog/index' });
  };

  return (
    <View className='page home'>
      <View className='home__banner'>
        <Text className='home__community'>{me.community.name}</Text>
        <Text className='home__street'>
          {me.community.streetName}
          {me.buildingName ? ` · ${me.buildingName}` : ''}
        </Text>
        <View
          className='home__search'
          onClick={() => {
            openCatalogWith({ focus: true });
            void Taro.switchTab({ url: '/pages/catalog/index' });
          }}
        >
          <Text>搜索服务事项，如“低保”或拼音“ylbx”</Text>
        </View>
      </View>

      <OfflineHint stale={meStale ?? catalog.stale} onRetry={catalog.refresh} />
      <EntryList entries={entriesFor('home', me.roles.map((r) => r.role))} />

      <View className='card'>
        <Text className='card-title'>三个服务阵地</Text>
        {CENTERS.map((c) => {
          const place = me.community?.centers.find((p) => p.center === c.id);
          return (
            <View key={c.id} className='home__center'>
              <Text className='home__center-name'>{c.name}</Text>
              <Text className='muted'>{CENTER_BLURB[c.id]}</Text>
              {place && <Text className='muted home__center-addr'>{place.address}</Text>}
            </View>
          );
        })}
      </View>

      <View className='card'>
        <Text className='card-title'>九大服务领域</Text>
        <View className='home__fields'>
          {FIELDS.map((f) => (
            <View key={f.id} className='home__field' data-field={f.id} onClick={() => goField(f.id)}>
              <Text>{f.name}</Text>
            </View>
          ))}
        </View>
      </View>

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

/** Someone who arrived without a QR code picks their community. */
function ChooseCommunity({ onChosen }: { onChosen: (me: Me) => void }) {
  const list = useCall(() => call('user', 'communities', {}), 'communities');
  const entering = useAction({ fallback: '进入社区失败' });
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card-title'>欢迎使用社区服务通</Text>
        <Text className='muted'>请扫描所在社区张贴的二维码进入，或在下面选择您所在的社区。</Text>
      </View>
      {list.data?.communities.map((c) => (
        <View
          key={c.id}
          className='card home__choice'
          onClick={() => void entering.run(async () => onChosen(await call('user', 'enter', { scene: c.id })))}
        >
          <Text className='home__center-name'>{c.name}</Text>
          <Text className='muted'>{c.streetName}</Text>
        </View>
      ))}
      {entering.error && <Text className='error'>{entering.error}</Text>}
    </View>
  );
}
