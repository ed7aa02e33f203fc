import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { citationFacts, formatPartialDate, hoursText, limitLines, stepLimitText } from '../../../types/catalog-display';
import { centerName, fieldName, kindName } from '../../../types/catalog-names';
import { OfflineHint } from '../../components/offline-hint';
import { useItemDetail } from '../../hooks/use-catalog';
import { rememberItem } from '../../lib/recent-items';
import { ReportMistake } from './report-mistake';
import './index.css';

export default function ItemDetail() {
  const { params } = useRouter();
  const code = params.code ?? '';
  // The copy saved when last opened shows at once (and offline); the server's replaces it.
  const detail = useItemDetail(code);
  const item = detail.detail?.item;
  const place = detail.detail?.place;
  // The materials list is a checklist residents tick as they gather papers (kept on screen only).
  const [ticked, setTicked] = useState<Set<number>>(new Set());

  useEffect(() => {
    if (!item) return;
    void Taro.setNavigationBarTitle({ title: item.title });
    rememberItem({ code: item.code, title: item.title, summary: item.summary, field: item.field, center: item.center, kind: item.kind, online: item.online });
  }, [item]);

  if (detail.error) return <Text className='error'>{detail.error.message}</Text>;
  if (!item) return <Text className='empty'>加载中…</Text>;

  const tick = (i: number) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  return (
    <View className={`page item ${item.online ? 'item--with-action' : ''}`}>
      <OfflineHint stale={detail.stale} />
      <View className='card'>
        <Text className='item__title'>{item.title}</Text>
        <View className='item__tags'>
          <Text className={`tag tag-kind-${item.kind}`}>{kindName(item.kind)}</Text>
          <Text className='tag'>{fieldName(item.field)}</Text>
          <Text className='tag'>{centerName(item.center)}</Text>
          {item.online && <Text className='tag tag-green'>可网上办</Text>}
        </View>
        <Text className='item__summary'>{item.summary}</Text>
        <View className='item__facts'>
          <Fact label='收费标准' value={item.fee} />
          <Fact label='事项编码' value={item.code} />
          <Fact label='内容复核' value={formatPartialDate(item.reviewedAt)} />
        </View>
      </View>

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

      <Section title='政策依据' className='item__basis'>
        {item.policyBasis.map((b, i) => (
          <View key={i} className='item__basis-row'>
            <Text className='item__basis-title'>
              {b.title}
              {b.articles ? ` ${b.articles}` : ''}
            </Text>
            {citationFacts(b) && <Text className='item__basis-facts'>{citationFacts(b)}</Text>}
            {b.note && <Text className='muted item__basis-note'>{b.note}</Text>}
          </View>
        ))}
      </Section>

      <Section title='所需材料（点选核对）'>
        {item.materials.length === 0 && <Text className='muted'>无需提交材料</Text>}
        {item.materials.map((m, i) => (
          <View key={i} className={`item__material ${ticked.has(i) ? 'item__material--done' : ''}`} onClick={() => tick(i)}>
            <Text className='item__check'>{ticked.has(i) ? '☑' : '☐'}</Text>
            <Text className='item__material-name'>
              {m.name}
              {!m.required && <Text className='muted'>（如有）</Text>}
              {m.note ? <Text className='muted'> {m.note}</Text> : null}
            </Text>
          </View>
        ))}
      </Section>

      <Section title='办理流程'>
        {item.steps.map((s, i) => (
          <View key={i} className='item__step'>
            <View className='item__step-dot'>
              <Text>{i + 1}</Text>
            </View>
            <View className='item__step-body'>
              <Text className='item__step-title'>{s.title}</Text>
              <Text className='muted'>
                {s.actor}
                {stepLimitText(s) ? ` · ${stepLimitText(s)}` : ''}
              </Text>
              {s.detail && <Text className='item__text'>{s.detail}</Text>}
            </View>
          </View>
        ))}
      </Section>

      <Section title='办理地点'>
        <Text className='item__text'>
          {centerName(item.center)} · {item.place.window}
        </Text>
        {place && <Text className='item__text'>{place.address}</Text>}
        <Text className='muted'>办理时间：{hoursText(item, place?.hours)}</Text>
        {place && <Text className='muted item__phone'>咨询电话：{place.phone}（{item.contactRole}）</Text>}
      </Section>

      {item.notes && (
        <Section title='温馨提示'>
          <Text className='item__text'>{item.notes}</Text>
        </Section>
      )}

      <ReportMistake item={item} />

      {item.online && (
        <View className='item__action'>
          <Button className='btn-primary item__apply' onClick={() => Taro.navigateTo({ url: `/pkg-service/request/index?code=${item.code}` })}>
            我要办理
          </Button>
        </View>
      )}
    </View>
  );
}

function Section({ title, children, className = '' }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <View className={`card ${className}`}>
      <Text className='card-title'>{title}</Text>
      {children}
    </View>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='item__fact'>
      <Text className='muted'>{label}</Text>
      <Text className='item__fact-value'>{value}</Text>
    </View>
  );
}
