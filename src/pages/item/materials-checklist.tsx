import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CatalogItem } from '../../../types/catalog';
import { tapProps } from '../../lib/a11y';
import { Section } from './section';

/** 所需材料 as a checklist residents tick as they gather papers (kept on screen only). */
export function MaterialsChecklist({ materials }: { materials: CatalogItem['materials'] }) {
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const tick = (i: number) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  return (
    <Section title='所需材料（点选核对）'>
      {materials.length === 0 && <Text className='muted'>无需提交材料</Text>}
      {materials.map((m, i) => (
        <View key={i} className={`item__material ${ticked.has(i) ? 'item__material--done' : ''}`} {...tapProps('checkbox', { checked: ticked.has(i) })} onClick={() => tick(i)}>
          <Text className='item__check' aria-hidden='true'>{ticked.has(i) ? '☑' : '☐'}</Text>
          <Text className='item__material-name'>
            {m.name}
            {!m.required && <Text className='muted'>（如有）</Text>}
            {m.note ? <Text className='muted'> {m.note}</Text> : null}
          </Text>
        </View>
      ))}
    </Section>
  );
}
