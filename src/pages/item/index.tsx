import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { limitLines } from '../../../types/catalog-display';
import { LEGAL_AID_HINT, LEGAL_ITEM_CODE } from '../../../types/request-names';
import { OfflineHint } from '../../components/offline-hint';
import { useItemDetail } from '../../hooks/use-catalog';
import { rememberItem } from '../../lib/recent-items';
import { PlaceSection, PolicyBasisSection, StepsSection } from './guide-sections';
import { ItemHead } from './item-head';
import { MaterialsChecklist } from './materials-checklist';
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

  useEffect(() => {
    if (!item) return;
    void Taro.setNavigationBarTitle({ title: item.title });
    rememberItem({ code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, kind: item.kind, online: item.online });
  }, [item]);

  if (detail.error) return <Text className='error'>{detail.error.message}</Text>;
  if (!item) return <Text className='empty'>加载中…</Text>;

  return (
    <View className={`page item ${item.online ? 'item--with-action' : ''}`}>
      <OfflineHint stale={detail.stale} />
      <ItemHead item={item} />

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

      {item.online && (
        <View className='item__action'>
          {/* Legal questions go to legal aid, never to a grid inbox. */}
          {item.code === LEGAL_ITEM_CODE ? (
            <Text className='item__legal'>{LEGAL_AID_HINT}</Text>
          ) : (
            <Button className='btn-primary item__apply' onClick={() => Taro.navigateTo({ url: `/pkg-service/request/index?code=${item.code}` })}>
              我要办理
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
