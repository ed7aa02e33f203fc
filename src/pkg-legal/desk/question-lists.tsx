import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEGAL_PAGES, QUESTION_STATUS_LABELS, serviceName, specialtyName } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { tapProps } from '../../lib/a11y';

const open = (id: string) => Taro.navigateTo({ url: `${LEGAL_PAGES.question}?id=${id}` });

/** Quick questions to take (what about, never what said: the text opens to whoever claims it) and those taken. */
export function QuestionLists() {
  // Mounted when its tab is chosen, after the page was shown: useCall, not useCallOnShow.
  const lists = useCall(() => call('legal-aid', 'questions', {}), 'questions');
  const act = useAction({ onDone: lists.reload });
  const claim = (id: string) => act.run(() => call('legal-aid', 'claim', { id }).then(() => void open(id)));
  return (
    <View>
      {act.error && <Text className='error'>{act.error}</Text>}
      {lists.error && <Text className='error'>{lists.error.message}</Text>}
      <Text className='legal-label'>可认领（先认领者答复）</Text>
      {lists.data?.open.map((q) => (
        <View key={q.id} className='card legal-row desk__open-question'>
          <Text className='legal-row__title'>{specialtyName(q.specialty)} · {serviceName(q.service)}</Text>
          <Text className='legal-row__line'>提问于 {fmtDateTime(q.askedAt)}，{fmtDateTime(q.expiresAt)}前无人认领将关闭</Text>
          <Button className='btn-primary desk__claim' size='mini' disabled={act.busy} onClick={() => void claim(q.id)}>
            认领并查看
          </Button>
        </View>
      ))}
      {lists.data?.open.length === 0 && <Text className='empty'>暂无待认领的问题</Text>}
      <Text className='legal-label'>我认领的</Text>
      {lists.data?.mine.map((q) => (
        <View key={q.id} className='card legal-row' {...tapProps('link')} onClick={() => void open(q.id)}>
          <View className='legal-row__head'>
            <Text className='legal-row__title'>{specialtyName(q.specialty)}</Text>
            <Text className='tag'>{QUESTION_STATUS_LABELS[q.status]}</Text>
          </View>
          <Text className='legal-row__line'>认领于 {q.claimedAt ? fmtDateTime(q.claimedAt) : ''}</Text>
        </View>
      ))}
    </View>
  );
}
