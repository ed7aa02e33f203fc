import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RequestLimits } from '../../../types/grid-settings';

const FIELDS: Array<{ key: keyof RequestLimits; label: string; unit: string }> = [
  { key: 'acceptHours', label: '受理', unit: '个工作小时内' },
  { key: 'urgentHours', label: '紧急诉求办结', unit: '小时内' },
  { key: 'normalDays', label: '一般诉求办结', unit: '个工作日内' },
  { key: 'complexDays', label: '复杂诉求办结', unit: '个工作日内' },
];

/** 本街道承诺: the street's limits per urgency; street admins change them, everyone else reads them. */
export function LimitsCard({ limits, editable, busy, onSave }: { limits: RequestLimits; editable: boolean; busy: boolean; onSave: (limits: RequestLimits) => void }) {
  const [draft, setDraft] = useState(Object.fromEntries(FIELDS.map((f) => [f.key, String(limits[f.key])])) as Record<keyof RequestLimits, string>);
  return (
    <View className='card'>
      <Text className='card-title'>本街道承诺（办理时限）</Text>
      {FIELDS.map((f) => (
        <View key={f.key} className='settings__limit'>
          <Text className='settings__limit-label'>{f.label}</Text>
          {editable ? <Input className='settings__limit-input' type='number' value={draft[f.key]} onInput={(e) => setDraft({ ...draft, [f.key]: e.detail.value })} /> : <Text className='settings__limit-value'>{limits[f.key]}</Text>}
          <Text className='muted'>{f.unit}</Text>
        </View>
      ))}
      <Text className='muted settings__hint'>这是本街道对居民的承诺，不是国家规定；由街道管理员设置，全街道各社区相同。</Text>
      {editable && (
        <Button className='btn-primary settings__save' loading={busy} onClick={() => onSave(Object.fromEntries(FIELDS.map((f) => [f.key, Number(draft[f.key])])) as unknown as RequestLimits)}>
          保存时限
        </Button>
      )}
    </View>
  );
}
