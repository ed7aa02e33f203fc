import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { NEED_CATEGORY_LABELS, type NeedCategory } from '../../../types/governance';
import { REPORT_CATEGORIES, type ReportCategory } from '../../../types/request-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Chips, labelled } from '../components/chips';
import { newKey } from '../components/keys';

const visitKey = () => newKey('vk');

/** A quick visit log: who was met, how things are, a need found (it joins 需求清单 from here), follow-up. */
export function VisitForm({ householdId, onDone }: { householdId: string; onDone: () => void }) {
  const [f, set] = useState({ met: '', situation: '', note: '', need: '', people: '1', problem: '', followUp: '' });
  const [category, setCategory] = useState<NeedCategory | null>(null);
  const [report, setReport] = useState<ReportCategory | null>(null);
  // One key per visit being written: a retried save records it once and raises each grid request once.
  const [key, setKey] = useState(visitKey);
  const saving = useAction({ onDone });
  const input = (key: keyof typeof f, label: string, long = false) => (
    <View className='gov-field'>
      <Text className='gov-label'>{label}</Text>
      {long ? <Textarea className={`gov-visit__${key}`} value={f[key]} placeholder={label} onInput={(e) => set({ ...f, [key]: e.detail.value })} /> : <Input className={`gov-visit__${key}`} value={f[key]} placeholder={label} onInput={(e) => set({ ...f, [key]: e.detail.value })} />}
    </View>
  );
  const save = () =>
    saving.run(async () => {
      const needs = category && f.need.trim() ? [{ category, description: f.need.trim(), people: Number(f.people) }] : [];
      const requests = report && f.problem.trim() ? [{ category: report, description: f.problem.trim() }] : [];
      const res = await call('governance', 'logVisit', { householdId, key, requests, met: f.met.trim(), situation: f.situation.trim(), needs, ...(f.note.trim() ? { note: f.note.trim() } : {}), ...(f.followUp.trim() ? { followUp: f.followUp.trim() } : {}) });
      set({ met: '', situation: '', note: '', need: '', people: '1', problem: '', followUp: '' });
      setCategory(null);
      setReport(null);
      setKey(visitKey());
      const said = [res.needs.length > 0 ? `${res.needs.length}条需求已进入需求清单` : '', res.requests.length > 0 ? `已转网格诉求${res.requests.map((r) => r.no).join('、')}` : ''].filter(Boolean);
      return said.length > 0 ? `已记录，${said.join('，')}` : '已记录';
    });
  return (
    <View className='card gov-visit__form'>
      <Text className='card-title'>记录今天的走访</Text>
      {input('met', '走访对象')}
      {input('situation', '基本情况', true)}
      {input('note', '敏感情况（仅您和社区工作人员可见，每次查阅都会留痕）', true)}
      <Text className='gov-label'>发现的需求（可选，直接进入需求清单）</Text>
      <Chips className='gov-visit__category' options={labelled(NEED_CATEGORY_LABELS)} selected={category ? [category] : []} onToggle={setCategory} />
      {input('need', '需求描述', true)}
      {input('people', '涉及人数')}
      <Text className='gov-label'>需网格处理的问题（可选，直接转网格员办理）</Text>
      <Chips className='gov-visit__report' options={REPORT_CATEGORIES.filter((c) => !('legal' in c)).map((c) => ({ key: c.id, label: c.name }))} selected={report ? [report] : []} onToggle={setReport} />
      {input('problem', '问题描述', true)}
      {input('followUp', '后续跟进')}
      {Object.values(saving.fieldErrors).map((m) => (
        <Text key={m} className='error'>
          {m}
        </Text>
      ))}
      {saving.notice && <Text className='gov-notice gov-visit__notice'>{saving.notice}</Text>}
      {saving.error && <Text className='error'>{saving.error}</Text>}
      <Button className='btn-primary gov-visit__submit' loading={saving.busy} disabled={saving.busy || !f.met.trim() || f.situation.trim().length < 2} onClick={() => void save()}>
        保存走访记录
      </Button>
    </View>
  );
}
