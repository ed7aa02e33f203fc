import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingDetail } from '../../../types/legal-aid-cases';
import { call } from '../../api/client';
import type { ActionState } from '../../hooks/use-action';
import { Chips } from '../components/chips';
import { ConsentBox } from '../components/consent-box';

/** Common papers for a 法律援助 application; the volunteer keeps the ones this case needs. */
const DOCUMENTS = ['身份证件', '经济困难状况说明', '与案件有关的材料（合同、借条、判决书等）'].map((d) => ({ id: d, name: d }));

/**
 * 登记咨询结果: a summary; a lawyer's legal opinion (a 法律明白人 writes what was mediated or guided, never an
 * opinion); and, where 法律援助法 applies, a referral with the papers to bring.
 */
export function CompleteForm({ b, act }: { b: BookingDetail; act: ActionState }) {
  const lawyer = b.lawyerKind === 'lawyer';
  const [summary, setSummary] = useState('');
  const [advice, setAdvice] = useState('');
  const [guidance, setGuidance] = useState('');
  const [refer, setRefer] = useState(false);
  const [documents, setDocuments] = useState<string[]>(DOCUMENTS.map((d) => d.id));
  const err = (k: string) => act.fieldErrors[k] && <Text className='legal-error'>{act.fieldErrors[k]}</Text>;
  const submit = () =>
    act.run(async () => {
      await call('legal-aid', 'complete', {
        id: b.id,
        outcome: 'completed',
        summary: summary.trim(),
        ...(lawyer && advice.trim() ? { advice: advice.trim() } : {}),
        ...(guidance.trim() ? { guidance: guidance.trim() } : {}),
        ...(refer ? { referral: { documents, note: '请到案件办理地或事项发生地的法律援助机构申请。' } } : {}),
      });
      return '已登记咨询结果';
    });
  return (
    <View className='card legal-booking__complete'>
      <Text className='legal-label'>咨询情况</Text>
      <Textarea className='legal-textarea legal-booking__summary-input' maxlength={1000} value={summary} placeholder='居民咨询了什么' onInput={(e) => setSummary(e.detail.value)} />
      {err('summary')}
      {lawyer && <Text className='legal-label'>法律意见</Text>}
      {lawyer && <Textarea className='legal-textarea legal-booking__advice-input' maxlength={2000} value={advice} placeholder='给居民的法律意见和建议' onInput={(e) => setAdvice(e.detail.value)} />}
      {err('advice')}
      <Text className='legal-label'>调解或指引情况{lawyer ? '（可不填）' : ''}</Text>
      <Textarea className='legal-textarea legal-booking__guidance-input' maxlength={2000} value={guidance} placeholder='调解结果，或告诉居民该找哪里、怎么办' onInput={(e) => setGuidance(e.detail.value)} />
      <ConsentBox className='legal-booking__refer' checked={refer} onChange={setRefer} text='符合法律援助条件，建议居民申请法律援助' />
      {refer && <Chips className='legal-booking__document' multi options={DOCUMENTS} value={documents} onChange={setDocuments} />}
      {err('referral.documents')}
      <View className='legal-buttons'>
        <Button className='btn-primary legal-booking__complete-submit' loading={act.busy} disabled={act.busy} onClick={() => void submit()}>
          登记完成
        </Button>
        <Button className='legal-secondary legal-booking__no-show' disabled={act.busy} onClick={() => void act.run(() => call('legal-aid', 'complete', { id: b.id, outcome: 'no_show' }).then(() => '已记为未到场'))}>
          居民未到场
        </Button>
      </View>
    </View>
  );
}
