import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect } from 'react';
import { limitLines } from '../../../types/catalog-display';
import { OfflineHint } from '../../components/offline-hint';
import { Page, PageStatus } from '../../components/page';
import { useItemDetail } from '../../hooks/use-catalog';
import { rememberItem } from '../../lib/recent-items';
import { copyPageLink } from '../../lib/share-page';
import { PlaceSection, PolicyBasisSection, StepsSection } from './guide-sections';
import { ItemHead } from './item-head';
import { MaterialsChecklist } from './materials-checklist';
import { NextStep } from './next-step';
import { ReportMistake } from './report-mistake';
import { Section } from './section';
import './index.css';

/** 办事指南 of one item: who may apply, on what basis, with which papers, in which steps, where; and 我要办理 when online. */
export default function ItemDetail() {
  const { params } = useRouter();
  const code = params.code ?? '';
  // The copy saved when last opened shows at once (and offline); the server's replaces it.
  const detail = useItemDetail(code);
  const item = detail.detail?.item;

  // Every item can be shared (the button and WeChat's menu): the guide opens on the same item.
  useShareAppMessage(() => ({ title: item?.title ?? '办事指南', path: `/pages/item/index?code=${code}` }));

  useEffect(() => {
    if (!item) return;
    void Taro.setNavigationBarTitle({ title: item.title });
    rememberItem({ code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, kind: item.kind, online: item.online });
  }, [item]);

  if (detail.error) return <PageStatus className='item' error={detail.error.message} />;
  if (!item) return <PageStatus className='item' />;

  return (
    <Page className={`item ${item.online ? 'item--with-action' : ''}`}>
      <OfflineHint stale={detail.stale} />
      <ItemHead item={item} />
      <Button className='btn-secondary item__share' openType='share' onClick={copyPageLink}>
        {process.env.TARO_ENV === 'h5' ? '复制链接，分享给家人' : '分享给家人'}
      </Button>

      <Section title='服务对象'>
        <Text className='item__text'>{item.audience}</Text>
      </Section>

      <Section title='办理时限' className='item__limits'>
        {limitLines(item).map((line) => (
          <Text key={line} className='item__limit'>
            {line}
          </Text>
        ))}
      </Section>

      <Section title='办理条件'>
        {item.conditions.map((c, i) => (
          <Text key={i} className='item__bullet'>
            · {c}
          </Text>
        ))}
      </Section>

      <PolicyBasisSection basis={item.policyBasis} />
      <MaterialsChecklist materials={item.materials} />
      <StepsSection steps={item.steps} />
      <PlaceSection item={item} place={detail.detail?.place} />

      {item.notes && (
        <Section title='温馨提示'>
          <Text className='item__text'>{item.notes}</Text>
        </Section>
      )}

      <ReportMistake item={item} />

      {!item.online && <NextStep item={item} place={detail.detail?.place} />}

      {item.online && (
        <View className='item__action'>
          <Button className='btn-primary item__apply' onClick={() => Taro.navigateTo({ url: item.handledBy === 'legal-aid' ? '/pkg-legal/index/index' : `/pkg-service/request/index?code=${item.code}` })}>
            我要办理
          </Button>
        </View>
      )}
    </Page>
  );
}
