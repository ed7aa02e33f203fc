import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CENTERS, FIELDS, ITEM_KINDS } from '../../../types/catalog-names';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { draftToItem, EMPTY_DRAFT, itemToDraft, type LocalItemDraft } from '../lib/local-item-draft';
import './index.css';

type Key = keyof LocalItemDraft;
const TEXTS: Array<{ key: Key; label: string; hint?: string; lines?: boolean }> = [
  { key: 'code', label: '事项编码', hint: '以L开头，如 LXY-01' },
  { key: 'title', label: '事项名称' },
  { key: 'summary', label: '一句话简介' },
  { key: 'audience', label: '服务对象' },
  { key: 'conditions', label: '办理条件', hint: '每行一项', lines: true },
  { key: 'materials', label: '所需材料', hint: '每行一项；可不交的在末尾写（如有）', lines: true },
  { key: 'steps', label: '办理流程', hint: '每行一个环节：环节｜办理人，社区有承诺时限的加“｜时限”，如 办理就餐卡｜社区养老服务专干｜3个工作日', lines: true },
  { key: 'promisedLimit', label: '本社区承诺时限', hint: '选填，如 即时办结、5个工作日；不填则显示“以当地规定为准”' },
  { key: 'fee', label: '收费标准' },
  { key: 'window', label: '办理窗口' },
  { key: 'hours', label: '办理时间', hint: '选填，不填则显示服务阵地的开放时间' },
  { key: 'contactRole', label: '联系人' },
  { key: 'keywords', label: '检索词', hint: '用空格分开，居民可按这些词和拼音搜到' },
  { key: 'policyBasis', label: '政策依据', hint: '每行一项，以《文件名称》开头，后面可写说明', lines: true },
  { key: 'notes', label: '温馨提示', lines: true },
];

/** Error paths from the server (item.steps.0.title) name the box they belong to. */
const boxOf = (path: string): string => {
  const [, first = '', second = ''] = path.split('.');
  return first === 'place' ? second : first;
};

/** A community's own item: added by its admin, validated by the server against the same schema as the city's. */
export default function LocalItemEditor() {
  const { params } = useRouter();
  const communityId = params.community ?? '';
  const editing = params.code;
  const existing = useCall(() => call('catalog-admin', 'item', { communityId, code: editing! }), editing ?? '', Boolean(editing));
  const [draft, setDraft] = useState<LocalItemDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (existing.data) setDraft(itemToDraft(existing.data.item));
  }, [existing.data]);
  if (existing.error) return <Text className='error'>{existing.error.message}</Text>;
  if (editing && !existing.data) return <Text className='empty'>加载中…</Text>;

  const set = (key: Key, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = async () => {
    const result = draftToItem(draft, existing.data?.item);
    if (!result.ok) {
      setErrors(result.errors as Record<string, string>);
      setMessage('请按提示修改后再保存');
      return;
    }
    try {
      if (existing.data) await call('catalog-admin', 'updateLocal', { communityId, item: result.item, rev: existing.data.rev });
      else await call('catalog-admin', 'addLocal', { communityId, item: result.item });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      await Taro.navigateBack();
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError('INTERNAL', '保存失败，请稍后重试');
      const fields: Record<string, string> = {};
      for (const [path, msg] of Object.entries(e.fields ?? {})) fields[boxOf(path)] ??= msg === '格式不正确' ? '请检查填写的内容（长度或格式不符合要求）' : msg;
      setErrors(fields);
      setMessage(e.message);
    }
  };

  const chips = <T extends string>(options: ReadonlyArray<{ id: T; name: string }>, value: T, key: Key) => (
    <View className='local-item__chips'>
      {options.map((o) => (
        <Text key={o.id} className={`admin-chip ${value === o.id ? 'admin-chip--on' : ''}`} onClick={() => set(key, o.id)}>
          {o.name}
        </Text>
      ))}
    </View>
  );

  return (
    <View className='page local-item'>
      <View className='card'>
        <Text className='card-title'>{editing ? '编辑本社区事项' : '新增本社区事项'}</Text>
        <Text className='muted'>本社区事项只在本社区显示，内容要求与全市事项相同。</Text>
      </View>
      <View className='card'>
        <Text className='local-item__label'>服务领域</Text>
        {chips(FIELDS, draft.field, 'field')}
        <Text className='local-item__label'>服务阵地</Text>
        {chips(CENTERS, draft.center, 'center')}
        <Text className='local-item__label'>事项类别</Text>
        {chips(ITEM_KINDS, draft.kind, 'kind')}
        {TEXTS.map((t) => (
          <View key={t.key} className='local-item__field' data-key={t.key}>
            <Text className='local-item__label'>{t.label}</Text>
            {t.hint && <Text className='muted local-item__hint'>{t.hint}</Text>}
            {t.lines ? (
              <Textarea className='local-item__input local-item__textarea' value={draft[t.key]} maxlength={2000} onInput={(e) => set(t.key, e.detail.value)} />
            ) : (
              <Input className='local-item__input' value={draft[t.key]} disabled={t.key === 'code' && Boolean(editing)} onInput={(e) => set(t.key, e.detail.value)} />
            )}
            {errors[t.key] && <Text className='error local-item__error'>{errors[t.key]}</Text>}
          </View>
        ))}
        {message && <Text className='error'>{message}</Text>}
        <Button className='btn-primary' onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
