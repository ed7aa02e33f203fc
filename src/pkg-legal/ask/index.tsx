import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { LEGAL_PAGES, MAX_DESCRIPTION, SPECIALTIES, type Specialty } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { askSubscribe } from '../../lib/subscribe';
import { Chips } from '../components/chips';
import { ConsentBox } from '../components/consent-box';
import { newKey } from '../lib/keys';
import { Page } from '../../components/page';

const HELP = [
  { id: 'advice', name: '想听听法律意见' },
  { id: 'guidance', name: '想知道该找谁、怎么办' },
] as const;
type Help = (typeof HELP)[number]['id'];

/** 快速咨询: no appointment; the first volunteer of that field to take the question answers it. */
export default function AskPage() {
  const [specialty, setSpecialty] = useState<Specialty | null>(null);
  const [service, setService] = useState<Help>('advice');
  const [text, setText] = useState('');
  const [consent, setConsent] = useState(false);
  const key = useRef(newKey());
  const action = useAction();
  const err = (k: string) => action.fieldErrors[k] && <Text className='legal-error'>{action.fieldErrors[k]}</Text>;

  const submit = () =>
    action.run(async () => {
      await askSubscribe(['question_answered', 'question_expired']);
      const { question } = await call('legal-aid', 'ask', { specialty: specialty ?? 'other', service, text: text.trim(), consent: consent as true, idempotencyKey: key.current });
      void Taro.redirectTo({ url: `${LEGAL_PAGES.question}?id=${question.id}` });
    });

  return (
    <Page className='ask'>
      <View className='card'>
        <Text className='legal-hint'>不用约时间。提交后，擅长这类问题的志愿者会认领并答复您；3天内无人答复的，会通知您改为预约。问题内容只有认领的志愿者能看到。</Text>
        <Text className='legal-label'>问题类别</Text>
        <Chips className='ask__specialty' options={SPECIALTIES} value={specialty} onChange={([s]) => setSpecialty(s ?? null)} />
        {err('specialty')}
        <Text className='legal-label'>需要什么帮助</Text>
        <Chips className='ask__service' options={HELP} value={service} onChange={([s]) => s && setService(s)} />
        <Text className='legal-label'>您的问题</Text>
        <Textarea className='legal-textarea ask__text' maxlength={MAX_DESCRIPTION} value={text} placeholder='简单说说发生了什么、想问什么' onInput={(e) => setText(e.detail.value)} />
        <Text className='legal-count'>
          {text.length}/{MAX_DESCRIPTION}
        </Text>
        {err('text')}
        <ConsentBox className='ask__consent' checked={consent} onChange={setConsent} text='我同意把问题提供给认领的志愿者，用于答复。' />
        {err('consent')}
      </View>
      {action.error && <Text className='error'>{action.error}</Text>}
      <Button className='btn-primary ask__submit' loading={action.busy} disabled={action.busy} onClick={() => void submit()}>
        提交问题
      </Button>
    </Page>
  );
}
