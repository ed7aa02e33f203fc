import { Input, Text, Textarea, View } from '@tarojs/components';
import { CENTERS, FIELDS, ITEM_KINDS } from '../../../types/catalog-names';
import { Chip } from '../../components/chip';
import type { LocalItemDraft } from '../lib/local-item-draft';
import { StepEditor } from './step-editor';

type Key = keyof LocalItemDraft;
const TEXTS: Array<{ key: Key; label: string; hint?: string; lines?: boolean }> = [
  { key: 'code', label: '事项编码', hint: '以L开头，如 LXY-01' },
  { key: 'title', label: '事项名称' },
  { key: 'summary', label: '一句话简介' },
  { key: 'audience', label: '服务对象' },
  { key: 'conditions', label: '办理条件', hint: '每行一项', lines: true },
  { key: 'materials', label: '所需材料', hint: '每行一项；可不交的在末尾写（如有）', lines: true },
  { key: 'steps', label: '办理流程', hint: '每一步写明环节和办理人；社区有承诺时限的写上时限，如 3个工作日' },
  { key: 'promisedLimit', label: '本社区承诺时限', hint: '选填，如 即时办结、5个工作日；不填则显示“以当地规定为准”' },
  { key: 'fee', label: '收费标准' },
  { key: 'window', label: '办理窗口' },
  { key: 'hours', label: '办理时间', hint: '选填，不填则显示服务阵地的开放时间' },
  { key: 'contactRole', label: '联系人' },
  { key: 'keywords', label: '检索词', hint: '用空格分开，第一个写居民常说的简称（如 助餐）；居民可按这些词和拼音搜到' },
  { key: 'policyBasis', label: '政策依据', hint: '每行一项，以《文件名称》开头，后面可写说明', lines: true },
  { key: 'notes', label: '温馨提示', lines: true },
];

/** Error paths from the server (item.steps.0.title, item.place.window) name the box they belong to; the form's own are box names. */
const boxOf = (path: string): string => {
  const [head = '', first = '', second = ''] = path.split('.');
  if (head !== 'item') return path;
  return first === 'place' ? second : first;
};

/** One message per box, the first; the schema's bare 格式不正确 said so that an admin knows what to look at. */
export function boxErrors(fields: Record<string, string>): Record<string, string> {
  const boxes: Record<string, string> = {};
  for (const [path, msg] of Object.entries(fields)) boxes[boxOf(path)] ??= msg === '格式不正确' ? '请检查填写的内容（长度或格式不符合要求）' : msg;
  return boxes;
}

interface Props {
  draft: LocalItemDraft;
  set: (key: Key, value: string) => void;
  errors: Record<string, string>;
  /** An existing item keeps its code. */
  editing: boolean;
}

/** Every box of a local item: field and center as chips, the rest as text, each with its hint and its error. */
export function DraftFields({ draft, set, errors, editing }: Props) {
  const chips = <T extends string>(options: ReadonlyArray<{ id: T; name: string }>, value: T, key: Key) => (
    <View className='local-item__chips'>
      {options.map((o) => (
        <Chip key={o.id} className='admin-chip' role='radio' label={o.name} on={value === o.id} onTap={() => set(key, o.id)} />
      ))}
    </View>
  );

  return (
    <>
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
          {t.key === 'steps' ? (
            <StepEditor value={draft.steps} onChange={(lines) => set('steps', lines)} />
          ) : t.lines ? (
            <Textarea className='field-input local-item__input local-item__textarea' aria-label={t.label} value={draft[t.key]} maxlength={2000} onInput={(e) => set(t.key, e.detail.value)} />
          ) : (
            <Input className='field-input local-item__input' aria-label={t.label} value={draft[t.key]} disabled={t.key === 'code' && editing} onInput={(e) => set(t.key, e.detail.value)} />
          )}
          {errors[t.key] && <Text className='error local-item__error'>{errors[t.key]}</Text>}
        </View>
      ))}
    </>
  );
}
