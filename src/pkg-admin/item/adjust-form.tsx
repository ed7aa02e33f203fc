import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../types/api';
import type { ItemPatch } from '../../../types/functions/catalog-admin';
import { call } from '../../api/client';
import { Toggle } from '../../components/toggle';
import { useAction } from '../../hooks/use-action';

type PatchKey = keyof ItemPatch;
const FIELDS: Array<{ key: PatchKey; label: string; long?: boolean }> = [
  { key: 'window', label: '办理窗口' },
  { key: 'hours', label: '办理时间' },
  { key: 'address', label: '办理地址' },
  { key: 'contactRole', label: '联系人' },
  { key: 'contactPhone', label: '联系电话' },
  { key: 'promisedLimit', label: '本社区承诺时限' },
  { key: 'notes', label: '温馨提示', long: true },
];

type Loaded = OutputOf<'catalog-admin', 'item'>;

/** What residents see when a field is left empty: the city's content, or the center's address, hours and phone. */
function defaultsOf({ base, place }: Loaded): Record<PatchKey, string> {
  return {
    window: base?.place.window ?? '',
    hours: place?.hours ?? '',
    address: place?.address ?? '',
    contactRole: base?.contactRole ?? '',
    contactPhone: place?.phone ?? '',
    promisedLimit: base?.timeLimit ? `文件规定：${base.timeLimit.quote}；可另填更短的承诺` : '以当地规定为准（可填本社区承诺，如 5个工作日）',
    notes: base?.notes ?? '',
  };
}

/** 本社区的调整 of a city item: where, when and whom to ask, and whether residents see it at all. */
export function AdjustForm({ loaded, communityId, onChanged }: { loaded: Loaded; communityId: string; onChanged: () => void }) {
  const [form, setForm] = useState<Record<PatchKey, string>>({ window: '', hours: '', address: '', contactRole: '', contactPhone: '', promisedLimit: '', notes: '' });
  const [hidden, setHidden] = useState(false);
  const saving = useAction({
    fallback: '保存失败，请稍后重试',
    // The server names fields of the patch (patch.window); the form shows them by box.
    fieldsOf: (fields) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^patch\./, ''), v])),
    onError: (e) => {
      if (e.code !== 'CONFLICT') return;
      onChanged();
      return `${e.message}（已为您刷新）`;
    },
  });
  const errors = saving.fieldErrors;

  useEffect(() => {
    setForm(Object.fromEntries(FIELDS.map((f) => [f.key, loaded.patch[f.key] ?? ''])) as Record<PatchKey, string>);
    setHidden(loaded.hidden);
  }, [loaded]);

  const defaults = defaultsOf(loaded);
  const save = () =>
    saving.run(async () => {
      const patch: ItemPatch = {};
      for (const f of FIELDS) if (form[f.key].trim()) patch[f.key] = form[f.key].trim();
      await call('catalog-admin', 'adjust', { communityId, code: loaded.item.code, patch, hidden, rev: loaded.rev });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onChanged();
    });

  return (
    <View className='card'>
      <Text className='card-title'>本社区的调整</Text>
      <Text className='muted adjust-item__intro'>留空的项按全市统一内容或服务阵地信息显示（灰色为当前内容）。本社区承诺时限显示为“本社区承诺”，请只填能做到的时限。</Text>
      {FIELDS.map((f) => (
        <View key={f.key} className='adjust-item__field' data-key={f.key}>
          <Text className='adjust-item__label'>{f.label}</Text>
          {f.long ? (
            <Textarea className='field-input adjust-item__input adjust-item__textarea' value={form[f.key]} placeholder={defaults[f.key] || '（无）'} maxlength={300} onInput={(e) => setForm({ ...form, [f.key]: e.detail.value })} />
          ) : (
            <Input className='field-input adjust-item__input' value={form[f.key]} placeholder={defaults[f.key] || '（无）'} onInput={(e) => setForm({ ...form, [f.key]: e.detail.value })} />
          )}
          {errors[f.key] && <Text className='error adjust-item__error'>{errors[f.key]}</Text>}
        </View>
      ))}
      <Toggle className='adjust-item__switch' label='对本社区居民隐藏此事项' states={['已隐藏', '未隐藏']} on={hidden} onChange={setHidden} />
      {saving.error && <Text className='error'>{saving.error}</Text>}
      <Button className='btn-primary adjust-item__save' onClick={() => void save()}>
        保存
      </Button>
    </View>
  );
}
