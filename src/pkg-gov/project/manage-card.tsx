import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { ProjectView } from '../../../types/functions/governance-lists';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { PhotoPicker } from '../../components/photo-picker';
import { Chips } from '../components/chips';

/** Officers: a progress update (optionally completing a milestone), or the public result that finishes it. */
export function ManageCard({ p, onDone }: { p: ProjectView; onDone: () => void }) {
  const [text, setText] = useState('');
  const [milestone, setMilestone] = useState<string | null>(null);
  const [photos, setPhotos] = useState<string[]>([]);
  // A new picker after each publication: the published photos leave it.
  const [round, setRound] = useState(0);
  const acting = useAction({ onDone: () => (setText(''), setMilestone(null), setPhotos([]), setRound(round + 1), onDone()) });
  const open = p.milestones.filter((m) => m.doneAt === null).map((m) => ({ key: m.id, label: `完成：${m.title}` }));
  const update = () => acting.run(() => call('governance', 'updateProject', { id: p.id, text: text.trim(), photos, ...(milestone ? { milestoneId: milestone } : {}) }).then(() => '进展已发布'));
  const finish = () => acting.run(() => call('governance', 'finishProject', { id: p.id, result: text.trim() }).then(() => '项目已完成，成效已公开'));
  return (
    <View className='card gov-project__manage'>
      <Text className='card-title'>发布进展</Text>
      {open.length > 0 && <Chips className='gov-project__milestone-pick' options={open} selected={milestone ? [milestone] : []} onToggle={(k) => setMilestone(k === milestone ? null : k)} />}
      <View className='gov-field'>
        <Textarea className='gov-project__update-text' value={text} maxlength={500} placeholder='进展说明，或项目成效（完成项目时）' onInput={(e) => setText(e.detail.value)} />
      </View>
      <PhotoPicker key={round} onChange={setPhotos} />
      {acting.notice && <Text className='gov-notice'>{acting.notice}</Text>}
      {acting.error && <Text className='error'>{acting.error}</Text>}
      <Button className='btn-primary gov-project__update' disabled={acting.busy || text.trim().length < 5} onClick={() => void update()}>
        发布进展
      </Button>
      <Button className='btn-secondary gov-project__finish' disabled={acting.busy || text.trim().length < 5} onClick={() => void finish()}>
        以此为成效完成项目
      </Button>
    </View>
  );
}
