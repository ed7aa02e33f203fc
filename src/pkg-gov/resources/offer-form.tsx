import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { PROVIDER_KIND_LABELS, RESOURCE_TYPE_LABELS, type ProviderKind, type ResourceType } from '../../../types/governance';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Chips, labelled } from '../components/chips';

const FIELDS = [
  ['providerName', '提供单位', '如 锦华物业西园项目部'],
  ['title', '资源名称', '如 多功能会议室'],
  ['description', '资源说明', '能提供什么、多少'],
  ['availability', '可用时间', '如 工作日16:00后'],
  ['contactName', '联系人', '联系人姓名'],
  ['contactPhone', '联系电话', '手机号或座机号'],
] as const;
type Field = (typeof FIELDS)[number][0];

/** A unit in the area offers a resource; the community verifies it before it is listed. */
export function OfferForm({ onDone }: { onDone: () => void }) {
  const [type, setType] = useState<ResourceType | null>(null);
  const [providerKind, setProviderKind] = useState<ProviderKind | null>(null);
  const [form, setForm] = useState<Record<Field, string>>({ providerName: '', title: '', description: '', availability: '', contactName: '', contactPhone: '' });
  const offering = useAction({ onDone });
  const offer = () =>
    offering.run(async () => {
      await call('governance', 'offerResource', { type: type!, providerKind: providerKind!, ...form });
      return '已提交，社区核实后列入资源清单';
    });
  return (
    <View className='card gov-resources__form'>
      <Text className='card-title'>提供资源</Text>
      <Chips className='gov-resources__type' options={labelled(RESOURCE_TYPE_LABELS)} selected={type ? [type] : []} onToggle={setType} />
      <Chips className='gov-resources__provider' options={labelled(PROVIDER_KIND_LABELS)} selected={providerKind ? [providerKind] : []} onToggle={setProviderKind} />
      {FIELDS.map(([key, label, hint]) => (
        <View key={key} className='gov-field'>
          <Text className='gov-label'>{label}</Text>
          {key === 'description' ? (
            <Textarea className={`gov-resources__${key}`} value={form[key]} placeholder={hint} onInput={(e) => setForm({ ...form, [key]: e.detail.value })} />
          ) : (
            <Input className={`gov-resources__${key}`} value={form[key]} placeholder={hint} onInput={(e) => setForm({ ...form, [key]: e.detail.value })} />
          )}
          {offering.fieldErrors[key] && <Text className='error'>{offering.fieldErrors[key]}</Text>}
        </View>
      ))}
      {offering.notice && <Text className='gov-notice'>{offering.notice}</Text>}
      {offering.error && <Text className='error'>{offering.error}</Text>}
      <Button className='btn-primary gov-resources__offer' loading={offering.busy} disabled={offering.busy || !type || !providerKind} onClick={() => void offer()}>
        提交资源
      </Button>
    </View>
  );
}
