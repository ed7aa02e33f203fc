import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RequestDetail, TransferTarget } from '../../../types/request';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { NoteForm } from './note-form';

type Form = 'resolve' | 'reply' | 'transfer' | 'pause' | 'handOff' | 'sendBack';
const toTarget = (t: TransferTarget) => (t.kind === 'grid' ? { kind: 'grid' as const, gridId: t.id } : t.kind === 'team' ? { kind: 'team' as const, team: 'property' as const } : { kind: t.kind });

/** The steps the caller may take now, each one button (and, for a written step, its form). */
export function WorkActions({ r, onChanged }: { r: RequestDetail; onChanged: (next: RequestDetail) => void }) {
  const [form, setForm] = useState<Form | null>(null);
  const [complex, setComplex] = useState(false);
  const [target, setTarget] = useState<TransferTarget | null>(null);
  const [department, setDepartment] = useState('');
  const acting = useAction({ fallback: '操作失败，请稍后重试' });
  const id = r.id;
  const can = (a: RequestDetail['can'][number]) => r.can.includes(a);
  const act = (work: () => Promise<RequestDetail>, said: string) =>
    void acting.run(async () => {
      onChanged(await work());
      setForm(null);
      return said;
    });
  const forms: Record<Form, { title: string; placeholder: string; label: string; photos?: boolean; run: (text: string, photos: string[]) => void }> = {
    resolve: { title: '办结', placeholder: '办理结果，如：已更换灯泡，路灯恢复照明', label: '确认办结', photos: true, run: (note, photos) => act(() => call('grid', 'resolve', { id, note, photos }), '已办结') },
    reply: { title: '回复居民', placeholder: '回复内容', label: '发送', photos: true, run: (text, photos) => act(() => call('grid', 'comment', { id, text, photos }), '已回复') },
    transfer: { title: '转办', placeholder: '转办理由（必填），居民可以看到', label: '确认转办', run: (reason) => target && act(() => call('grid', 'transfer', { id, to: toTarget(target), reason }), '已转办') },
    pause: { title: '暂停计时', placeholder: '需要居民补充什么，居民可以看到', label: '暂停计时', run: (reason) => act(() => call('grid', 'pause', { id, reason }), '已暂停计时') },
    handOff: { title: '转交部门', placeholder: '部门受理编号', label: '确认转交', run: (reference) => act(() => call('grid', 'handOff', { id, department: department.trim(), reference }), '已转交') },
    sendBack: { title: '退回', placeholder: '退回理由', label: '确认退回', run: (reason) => act(() => call('grid', 'sendBack', { id, reason }), '已退回') },
  };
  const open = form ? forms[form] : null;
  const button = (a: Form, label: string) => can(a) && <Button className={`work__action work__action--${a}`} onClick={() => setForm(a)}>{label}</Button>;

  return (
    <View className='work__actions'>
      {can('accept') && (
        <View className='card'>
          <Text className={`work__complex ${complex ? 'work__complex--on' : ''}`} onClick={() => setComplex(!complex)}>
            {complex ? '☑' : '☐'} 按复杂诉求办理（延长办结时限）
          </Text>
          <Button className='btn-primary work__accept' loading={acting.busy} onClick={() => act(() => call('grid', 'accept', { id, ...(complex ? { urgency: 'complex' as const } : {}) }), '已受理')}>
            受理
          </Button>
        </View>
      )}
      {can('start') && <Button className='btn-primary work__start' onClick={() => act(() => call('grid', 'start', { id }), '已开始处理')}>开始处理</Button>}
      {can('resume') && <Button className='btn-primary work__resume' onClick={() => act(() => call('grid', 'resume', { id }), '已恢复计时')}>恢复计时</Button>}
      {!open && (
        <View className='work__buttons'>
          {button('resolve', '办结')}
          {button('reply', '回复')}
          {button('transfer', '转办')}
          {button('pause', '暂停计时')}
          {button('handOff', '转交部门')}
          {button('sendBack', '退回')}
        </View>
      )}
      {open && (
        <NoteForm key={form} title={open.title} placeholder={open.placeholder} submitLabel={open.label} withPhotos={open.photos} busy={acting.busy} onSubmit={open.run} onCancel={() => setForm(null)}>
          {form === 'transfer' && (
            <View className='work__targets'>
              {r.transferTargets.map((t) => (
                <Text key={`${t.kind}-${t.id}`} className={`work__target ${target === t ? 'work__target--on' : ''}`} onClick={() => setTarget(t)}>
                  {t.name}
                </Text>
              ))}
            </View>
          )}
          {form === 'handOff' && <Input className='work__input' value={department} placeholder='承办部门，如：区城管执法大队' onInput={(e) => setDepartment(e.detail.value)} />}
        </NoteForm>
      )}
      {acting.notice && <Text className='work__notice-ok'>{acting.notice}</Text>}
      {acting.error && <Text className='error'>{acting.error}</Text>}
    </View>
  );
}
