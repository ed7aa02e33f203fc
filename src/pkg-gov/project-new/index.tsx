import { Button, Text, View } from '@tarojs/components';
import { tapProps } from '../../lib/a11y';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { GOV_PAGES, NEED_CATEGORY_LABELS } from '../../../types/governance';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import '../components/gov.css';
import { MatchesCard } from './matches-card';
import { ProjectFields, type ProjectDraft } from './project-fields';

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** Officers turn open needs into a project, matched to resources and a responsible unit. */
export default function NewProject() {
  // Opened from a topic's minutes: the project records the topic it came from.
  const topicId = useRouter().params.topic;
  const needs = useCall(() => call('governance', 'needs', { status: 'open' }), 'open-needs');
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [resourceIds, setResourceIds] = useState<string[]>([]);
  const [draft, setDraft] = useState<ProjectDraft>({ title: '', summary: '', responsibleUnit: '', milestone: '', due: '' });
  // One key per visit of the page: a double tap or a retry makes one project.
  const [key] = useState(() => `pj${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`);
  const saving = useAction();
  const create = () =>
    saving.run(async () => {
      const milestones = draft.milestone.trim() ? [{ title: draft.milestone.trim(), due: draft.due.trim() }] : [];
      const p = await call('governance', 'createProject', { communityId: needs.data!.communityId, key, title: draft.title.trim(), summary: draft.summary.trim(), responsibleUnit: draft.responsibleUnit.trim(), needIds, resourceIds, milestones, ...(topicId ? { topicId } : {}) });
      void Taro.redirectTo({ url: `${GOV_PAGES.project}?id=${p.id}` });
    });
  return (
    <Page className='gov-project-new'>
      <View className='card'>
        <Text className='card-title'>选择需求</Text>
        {needs.error && <Text className='error'>{needs.error.message}</Text>}
        {needs.data?.items.map((n) => (
          <Text key={n.id} className={`gov-row gov-project-new__need ${needIds.includes(n.id) ? 'gov-row--on' : ''}`} {...tapProps('checkbox', { checked: needIds.includes(n.id) })} onClick={() => setNeedIds(toggle(needIds, n.id))}>
            {needIds.includes(n.id) ? '☑' : '☐'} 【{NEED_CATEGORY_LABELS[n.category]}】{n.description}（{n.weight}人需要）
          </Text>
        ))}
      </View>
      <MatchesCard needIds={needIds} selected={resourceIds} onToggle={(id) => setResourceIds(toggle(resourceIds, id))} />
      <ProjectFields draft={draft} set={setDraft} errors={saving.fieldErrors} />
      {saving.error && <Text className='error'>{saving.error}</Text>}
      <Button className='btn-primary gov-project-new__submit' loading={saving.busy} disabled={saving.busy || needIds.length === 0 || !needs.data} onClick={() => void create()}>
        立项
      </Button>
    </Page>
  );
}
