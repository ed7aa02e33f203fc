import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { GOV_PAGES, TOPIC_KIND_LABELS } from '../../../types/governance';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { Chips, labelled } from '../components/chips';
import '../components/gov.css';
import { newKey } from '../components/keys';
import { RulesFields } from './rules-fields';
import { EMPTY_DRAFT, toInput, type TopicDraft } from './topic-draft';

/** The community's officers open a topic: which kind, for which buildings, with documents, options and a deadline. */
export default function NewTopic() {
  const scope = useCall(() => call('governance', 'topics', {}), 'topic-scope');
  const [d, set] = useState<TopicDraft>(EMPTY_DRAFT);
  // One key for this form: a doubled or retried 发布 opens one topic and announces it once.
  const key = useRef(newKey('tk'));
  const saving = useAction();
  const open = () => saving.run(() => call('governance', 'openTopic', toInput(d, scope.data!.communityId, Date.now(), key.current)).then((t) => void Taro.redirectTo({ url: `${GOV_PAGES.topic}?id=${t.id}` })));
  const text = (key: 'title' | 'body' | 'docTitle' | 'docSummary' | 'options' | 'days', label: string, long = false) => (
    <View className='gov-field'>
      <Text className='gov-label'>{label}</Text>
      {long ? (
        <Textarea className={`gov-topic-new__${key}`} value={d[key]} placeholder={label} onInput={(e) => set({ ...d, [key]: e.detail.value })} />
      ) : (
        <Input className={`gov-topic-new__${key}`} value={d[key]} placeholder={label} onInput={(e) => set({ ...d, [key]: e.detail.value })} />
      )}
      {saving.fieldErrors[key] && <Text className='error'>{saving.fieldErrors[key]}</Text>}
    </View>
  );
  const toggle = (id: string) => set({ ...d, buildingIds: d.buildingIds.includes(id) ? d.buildingIds.filter((b) => b !== id) : [...d.buildingIds, id] });
  return (
    <Page className='gov-topic-new'>
      <View className='card'>
        <Chips className='gov-topic-new__kind' options={labelled(TOPIC_KIND_LABELS)} selected={[d.kind]} onToggle={(kind) => set({ ...d, kind })} />
        {text('title', '议题')}
        {text('body', '议题说明', true)}
        {text('docTitle', '材料名称（可选）')}
        {text('docSummary', '材料内容', true)}
        <Text className='gov-label'>涉及楼栋</Text>
        <Chips multi className='gov-topic-new__building' options={(scope.data?.buildings ?? []).map((b) => ({ key: b.id, label: b.name }))} selected={d.buildingIds} onToggle={toggle} />
        {saving.fieldErrors.buildingIds && <Text className='error'>{saving.fieldErrors.buildingIds}</Text>}
        {text('options', '选项（用逗号分隔，另有“弃权”）')}
        {text('days', '投票天数（截止后公布结果）')}
      </View>
      <RulesFields d={d} set={set} errors={saving.fieldErrors} />
      {saving.error && <Text className='error'>{saving.error}</Text>}
      <Button className='btn-primary gov-topic-new__submit' loading={saving.busy} disabled={saving.busy || !scope.data} onClick={() => void open()}>
        发布议题
      </Button>
    </Page>
  );
}
