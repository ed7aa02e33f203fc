import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { parseStepLines, stepLines, type StepRow } from '../lib/step-lines';

const EMPTY: StepRow = { title: '', actor: '', limit: '' };

/**
 * 办理流程 as a list of steps, one box per part (环节, 办理人, 时限), instead of "环节｜办理人｜时限" lines typed
 * on a phone. The draft still holds the lines (draftToItem reads them); a step being filled in stays on screen
 * while its boxes are empty.
 */
export function StepEditor({ value, onChange }: { value: string; onChange: (lines: string) => void }) {
  const [rows, setRows] = useState<StepRow[]>(() => withTwo(parseStepLines(value)));
  // An item loaded for editing replaces what is shown; the editor's own changes already match `value`.
  useEffect(() => {
    if (stepLines(rows) !== value) setRows(withTwo(parseStepLines(value)));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (next: StepRow[]) => {
    setRows(next);
    onChange(stepLines(next));
  };
  const edit = (i: number, part: keyof StepRow, text: string) => update(rows.map((r, j) => (j === i ? { ...r, [part]: text } : r)));

  return (
    <View className='step-editor'>
      {rows.map((r, i) => (
        <View key={i} className='step-editor__step'>
          <Text className='step-editor__no'>第{i + 1}步</Text>
          <Input className='field-input step-editor__title' aria-label={`第${i + 1}步 环节`} value={r.title} placeholder='环节，如：登记申请' onInput={(e) => edit(i, 'title', e.detail.value)} />
          <Input className='field-input step-editor__actor' aria-label={`第${i + 1}步 办理人`} value={r.actor} placeholder='办理人，如：社区工作人员' onInput={(e) => edit(i, 'actor', e.detail.value)} />
          <Input className='field-input step-editor__limit' aria-label={`第${i + 1}步 时限`} value={r.limit} placeholder='时限（选填），如：3个工作日' onInput={(e) => edit(i, 'limit', e.detail.value)} />
          {rows.length > 2 && (
            <Button className='btn-secondary step-editor__remove' onClick={() => update(rows.filter((_, j) => j !== i))}>
              删除第{i + 1}步
            </Button>
          )}
        </View>
      ))}
      <Button className='btn-secondary step-editor__add' onClick={() => update([...rows, EMPTY])}>
        ＋ 添加一步
      </Button>
    </View>
  );
}

/** A process has at least two steps: the boxes for them are there from the start. */
function withTwo(rows: StepRow[]): StepRow[] {
  return rows.length >= 2 ? rows : [...rows, ...Array.from({ length: 2 - rows.length }, () => EMPTY)];
}
