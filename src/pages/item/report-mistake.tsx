import { Button, Text, Textarea, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import type { CatalogItem } from '../../../types/catalog';
import { quotableParts, type QuotablePart } from '../../../types/catalog-display';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Chip } from '../../components/chip';
import { TapText } from '../../components/tap-text';
import { tapProps } from '../../lib/a11y';

/** Parts grouped by where they sit (办理条件 1, 办理条件 2 → 办理条件), in the order the page shows them. */
function sections(parts: QuotablePart[]): Array<{ name: string; parts: QuotablePart[] }> {
  const groups = new Map<string, QuotablePart[]>();
  for (const p of parts) {
    const name = p.label.replace(/\s\d+$/, '');
    groups.set(name, [...(groups.get(name) ?? []), p]);
  }
  return [...groups.entries()].map(([name, list]) => ({ name, parts: list }));
}

/**
 * 纠错: the reader picks the part of the item that is wrong (the exact text travels as the quote, so the admin
 * sees what was questioned) and says what is wrong; the server checks, limits and audits it.
 */
export function ReportMistake({ item }: { item: CatalogItem }) {
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => sections(quotableParts(item)), [item]);
  const [section, setSection] = useState<string | null>(null);
  const [quote, setQuote] = useState<QuotablePart | null>(null);
  const [problem, setProblem] = useState('');
  const sending = useAction({ fallback: '提交失败，请稍后重试' });

  if (!open) {
    return (
      <View className='card item__report'>
        <Text className='muted'>发现内容有误或已过时？</Text>
        <TapText className='item__report-open' onTap={() => setOpen(true)}>
          我要纠错
        </TapText>
        {sending.notice && <Text className='item__report-done'>{sending.notice}</Text>}
      </View>
    );
  }

  const chosen = groups.find((g) => g.name === section);
  const pick = (name: string) => {
    const group = groups.find((g) => g.name === name);
    setSection(name);
    setQuote(group && group.parts.length === 1 ? group.parts[0]! : null);
  };
  const submit = () =>
    sending.run(async () => {
      // The form's own checks show as the server's do.
      if (!quote) throw new ApiError('INVALID_INPUT', '请先选择有误的内容');
      if (problem.trim().length < 5) throw new ApiError('INVALID_INPUT', '请用至少5个字说明哪里有误');
      await call('catalog', 'reportMistake', { code: item.code, quote: quote.text, problem: problem.trim() });
      setOpen(false);
      setSection(null);
      setQuote(null);
      setProblem('');
      return '已提交，感谢指正。社区管理员核实后会更正或说明。';
    });

  return (
    <View className='card item__report item__report--open'>
      <Text className='card-title'>我要纠错</Text>
      <Text className='muted'>1. 哪一部分有误？</Text>
      <View className='item__report-sections'>
        {groups.map((g) => (
          <Chip key={g.name} className='item__report-chip' role='radio' label={g.name} on={section === g.name} onTap={() => pick(g.name)} />
        ))}
      </View>
      {chosen && chosen.parts.length > 1 && (
        <View className='item__report-parts'>
          {chosen.parts.map((p) => (
            <Text key={p.label} data-part={p.label} className={`item__report-part ${quote?.label === p.label ? 'item__report-part--on' : ''}`} {...tapProps('radio', { checked: quote?.label === p.label })} onClick={() => setQuote(p)}>
              {p.text}
            </Text>
          ))}
        </View>
      )}
      {quote && <Text className='item__report-quote'>引用：{quote.text}</Text>}
      <Text className='muted'>2. 哪里不对？应当是什么？</Text>
      <Textarea className='field-input item__report-problem' value={problem} maxlength={500} placeholder='如：窗口已搬到二楼；文件已修订，应为……' onInput={(e) => setProblem(e.detail.value)} />
      {sending.error && <Text className='error'>{sending.error}</Text>}
      <View className='item__report-actions'>
        <Button className='btn-secondary item__report-cancel' onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button className='btn-primary item__report-submit' disabled={sending.busy} onClick={() => void submit()}>
          提交纠错
        </Button>
      </View>
    </View>
  );
}
