import { Text, View } from '@tarojs/components';
import type { CatalogItem } from '../../../types/catalog';
import { citationFacts, hoursText, stepLimitText } from '../../../types/catalog-display';
import { centerName } from '../../../types/catalog-names';
import type { CatalogDetail } from '../../../types/functions/catalog';
import { Section } from './section';

/** 政策依据: each document with its articles, its number and dates, and a note. */
export function PolicyBasisSection({ basis }: { basis: CatalogItem['policyBasis'] }) {
  return (
    <Section title='政策依据' className='item__basis'>
      {basis.map((b, i) => (
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
  );
}

/** 办理流程: numbered steps with who acts, and the time limit where a cited document sets one. */
export function StepsSection({ steps }: { steps: CatalogItem['steps'] }) {
  return (
    <Section title='办理流程'>
      {steps.map((s, i) => (
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
  );
}

/** 办理地点: the window and hours of the item, with the address and phone of the community's center. */
export function PlaceSection({ item, place }: { item: CatalogItem; place: CatalogDetail['place'] | undefined }) {
  return (
    <Section title='办理地点'>
      <Text className='item__text'>
        {centerName(item.center)} · {item.place.window}
      </Text>
      {place && <Text className='item__text'>{place.address}</Text>}
      <Text className='muted'>办理时间：{hoursText(item, place?.hours)}</Text>
      {place && <Text className='muted item__phone'>咨询电话：{place.phone}（{item.contactRole}）</Text>}
    </Section>
  );
}
