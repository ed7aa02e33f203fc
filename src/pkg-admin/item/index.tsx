import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { centerName } from '../../../types/catalog-names';
import type { ItemPatch } from '../../../types/functions/catalog-admin';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { AuditList } from '../components/audit-list';
import './index.css';

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

/** One item of the community's copy: change where, when and whom to ask, or hide it from residents. */
export default function AdjustItem() {
  const { params } = useRouter();
  const communityId = params.community ?? '';
  const code = params.code ?? '';
  const [nonce, setNonce] = useState(0);
  const data = useCall(() => call('catalog-admin', 'item', { communityId, code }), `${code}|${nonce}`);
  const audit = useCall(() => call('catalog-admin', 'audit', { communityId, code, limit: 20 }), `${code}|${nonce}`);
  const [form, setForm] = useState<Record<PatchKey, string>>({ window: '', hours: '', address: '', contactRole: '', contactPhone: '', promisedLimit: '', notes: '' });
  const [hidden, setHidden] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const loaded = data.data;
  useEffect(() => {
    if (!loaded) return;
    setForm(Object.fromEntries(FIELDS.map((f) => [f.key, loaded.patch[f.key] ?? ''])) as Record<PatchKey, string>);
    setHidden(loaded.hidden);
  }, [loaded]);

  if (data.error) return <Text className='error'>{data.error.message}</Text>;
  if (!loaded) return <Text className='empty'>加载中…</Text>;
  const { item, base, place } = loaded;

  // What residents see when a field is left empty: the city's content, or the center's address, hours and phone.
  const defaults: Record<PatchKey, string> = {
    window: base?.place.window ?? '',
    hours: place?.hours ?? '',
    address: place?.address ?? '',
    contactRole: base?.contactRole ?? '',
    contactPhone: place?.phone ?? '',
    promisedLimit: base?.timeLimit ? `文件规定：${base.timeLimit.quote}；可另填更短的承诺` : '以当地规定为准（可填本社区承诺，如 5个工作日）',
    notes: base?.notes ?? '',
  };

  const save = async () => {
    const patch: ItemPatch = {};
    for (const f of FIELDS) if (form[f.key].trim()) patch[f.key] = form[f.key].trim();
    try {
      await call('catalog-admin', 'adjust', { communityId, code, patch, hidden, rev: loaded.rev });
      setErrors({});
      setMessage(null);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setNonce((n) => n + 1);
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError('INTERNAL', '保存失败，请稍后重试');
      setErrors(Object.fromEntries(Object.entries(e.fields ?? {}).map(([k, v]) => [k.replace(/^patch\./, ''), v])));
      setMessage(e.code === 'CONFLICT' ? `${e.message}（已为您刷新）` : e.message);
      if (e.code === 'CONFLICT') setNonce((n) => n + 1);
    }
  };

  const removeLocal = async () => {
    const { confirm } = await Taro.showModal({ title: '删除本社区事项', content: `删除后居民将看不到“${item.title}”，确定删除吗？` });
    if (!confirm) return;
    try {
      await call('catalog-admin', 'removeLocal', { communityId, code, rev: loaded.rev });
      await Taro.navigateBack();
    } catch (err) {
      setMessage(err instanceof ApiError ? err.message : '删除失败，请稍后重试');
    }
  };

  return (
    <View className='page adjust-item'>
      <View className='card'>
        <Text className='card-title'>{item.title}</Text>
        <Text className='muted'>
          {item.code} · {centerName(item.center)}
          {loaded.local ? ' · 本社区事项' : ''}
        </Text>
      </View>
      {loaded.local ? (
        <View className='card adjust-item__local'>
          <Text className='muted'>本社区事项由社区自行维护，可修改全部内容或删除。</Text>
          <Button className='btn-primary' onClick={() => Taro.navigateTo({ url: `/pkg-admin/local/index?community=${communityId}&code=${code}` })}>
            编辑事项内容
          </Button>
          <Button className='adjust-item__remove' onClick={() => void removeLocal()}>
            删除事项
          </Button>
        </View>
      ) : (
        <View className='card'>
          <Text className='card-title'>本社区的调整</Text>
          <Text className='muted adjust-item__intro'>留空的项按全市统一内容或服务阵地信息显示（灰色为当前内容）。本社区承诺时限显示为“本社区承诺”，请只填能做到的时限。</Text>
          {FIELDS.map((f) => (
            <View key={f.key} className='adjust-item__field' data-key={f.key}>
              <Text className='adjust-item__label'>{f.label}</Text>
              {f.long ? (
                <Textarea className='adjust-item__input adjust-item__textarea' value={form[f.key]} placeholder={defaults[f.key] || '（无）'} maxlength={300} onInput={(e) => setForm({ ...form, [f.key]: e.detail.value })} />
              ) : (
                <Input className='adjust-item__input' value={form[f.key]} placeholder={defaults[f.key] || '（无）'} onInput={(e) => setForm({ ...form, [f.key]: e.detail.value })} />
              )}
              {errors[f.key] && <Text className='error adjust-item__error'>{errors[f.key]}</Text>}
            </View>
          ))}
          <View className='adjust-item__switch'>
            <Text>对本社区居民隐藏此事项</Text>
            <Switch checked={hidden} color='#b71c1c' onChange={(e) => setHidden(e.detail.value)} />
          </View>
          {message && <Text className='error'>{message}</Text>}
          <Button className='btn-primary adjust-item__save' onClick={() => void save()}>
            保存
          </Button>
        </View>
      )}
      <View className='card'>
        <Text className='card-title'>修改记录</Text>
        {audit.data && <AuditList entries={audit.data.entries} />}
      </View>
    </View>
  );
}
