import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { QUESTION_STATUS_LABELS, serviceName, specialtyName } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { CaseReads } from '../booking/case-reads';
import '../components/legal.css';
import { Page } from '../../components/page';
import './index.css';

/** A quick question, for its asker and the volunteer who took it: the question, the answer, and their actions. */
export default function QuestionPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useCallOnShow(() => call('legal-aid', 'question', { id }), id);
  const act = useAction({ onDone: detail.reload });
  const [answer, setAnswer] = useState('');
  const q = detail.data;
  if (detail.error && !q) return <Text className='error'>{detail.error.message}</Text>;
  if (!q) return <Text className='empty'>加载中…</Text>;
  return (
    <Page className='legal-question'>
      <View className='card'>
        <View className='legal-row__head'>
          <Text className='legal-row__title'>{specialtyName(q.specialty)} · {serviceName(q.service)}</Text>
          <Text className='tag legal-question__status'>{QUESTION_STATUS_LABELS[q.status]}</Text>
        </View>
        <Text className='legal-hint'>提问于 {fmtDateTime(q.askedAt)}{q.claimedByName ? `，由${q.claimedByName}认领` : ''}</Text>
        <Text className='legal-label'>问题</Text>
        <Text className='legal-question__text'>{q.text}</Text>
        {q.answer && <Text className='legal-label'>答复</Text>}
        {q.answer && <Text className='legal-question__text legal-question__answer'>{q.answer}</Text>}
      </View>
      {act.notice && <Text className='legal-notice'>{act.notice}</Text>}
      {act.error && <Text className='error'>{act.error}</Text>}
      {q.canAnswer && (
        <View className='card'>
          <Textarea className='legal-textarea legal-question__answer-input' maxlength={2000} value={answer} placeholder='答复居民的问题' onInput={(e) => setAnswer(e.detail.value)} />
          <Button className='btn-primary legal-question__send' loading={act.busy} disabled={act.busy} onClick={() => void act.run(() => call('legal-aid', 'answer', { id, answer: answer.trim() }).then(() => '已答复，居民会收到通知'))}>
            发送答复
          </Button>
        </View>
      )}
      {q.canWithdraw && (
        <Button className='legal-secondary legal-question__withdraw' disabled={act.busy} onClick={() => void act.run(() => call('legal-aid', 'withdraw', { id }).then(() => '已撤回'))}>
          撤回问题
        </Button>
      )}
      {q.role === 'resident' && <CaseReads id={q.id} />}
    </Page>
  );
}
