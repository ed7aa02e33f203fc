import { Text, View } from '@tarojs/components';
import { TapText } from '../../components/tap-text';
import Taro from '@tarojs/taro';
import type { NeedView } from '../../../types/functions/governance-lists';
import { GOV_PAGES, NEED_CATEGORY_LABELS, NEED_STATUS_LABELS } from '../../../types/governance';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

/** One need: its weight, 我也需要 (once per person), and the project that answered it. */
export function NeedRow({ need, officer, onChanged }: { need: NeedView; officer: boolean; onChanged: () => void }) {
  const tapping = useAction({ onDone: onChanged });
  const canSecond = !need.mine && !need.meToo && need.status !== 'resolved' && !need.held;
  return (
    <View className='gov-row gov-needs__row'>
      <Text className='tag'>{NEED_CATEGORY_LABELS[need.category]}</Text>
      <Text className={`tag ${need.status === 'open' ? 'tag-kind-info' : 'tag-green'}`}>{NEED_STATUS_LABELS[need.status]}</Text>
      {need.held && <Text className='tag tag-kind-duty'>待审核</Text>}
      <Text className='gov-row__title'>{need.description}</Text>
      <Text className='muted gov-line'>
        {need.place} · 涉及{need.people}人 · {need.source === 'visit' ? '走访发现' : '居民提出'}
      </Text>
      <View className='gov-actions'>
        <Text className='gov-needs__weight muted'>{need.weight}人需要</Text>
        {canSecond && (
          <TapText className='gov-mini gov-needs__metoo' onTap={() => void tapping.run(() => call('governance', 'meToo', { id: need.id }))}>
            我也需要
          </TapText>
        )}
        {need.meToo && <Text className='gov-mini gov-mini--on'>已表示需要</Text>}
      </View>
      {need.project && (
        <TapText className='gov-line gov-needs__project' onTap={() => void Taro.navigateTo({ url: `${GOV_PAGES.project}?id=${need.project!.id}` })}>
          已立项：{need.project.title} ›
        </TapText>
      )}
      {officer && need.held && (
        <View className='gov-actions'>
          <TapText className='gov-mini gov-needs__publish' onTap={() => void tapping.run(() => call('governance', 'moderate', { kind: 'need', id: need.id, publish: true }))}>
            审核通过并公开
          </TapText>
          <TapText className='gov-mini' onTap={() => void tapping.run(() => call('governance', 'moderate', { kind: 'need', id: need.id, publish: false, reason: '内容不适宜公开' }))}>
            不予公开
          </TapText>
        </View>
      )}
      {tapping.error && <Text className='error'>{tapping.error}</Text>}
    </View>
  );
}
