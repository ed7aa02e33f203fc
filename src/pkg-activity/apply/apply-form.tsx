import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { PARTY_FOUNDED, thisMonthText } from '../../../types/date-windows';
import { CONSENT_TEXTS, hasConsent } from '../../../types/privacy';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { SensitiveConsent } from '../../components/sensitive-consent';

/** The application: the branch where the resident lives, when they joined the party, and a note for the secretary. */
export function ApplyForm({ onDone, again }: { onDone: () => void; again: boolean }) {
  const branches = useCall(() => call('party', 'branches', {}), 'branches');
  const list = branches.data?.branches ?? [];
  const [index, setIndex] = useState(-1);
  const [joinedAt, setJoinedAt] = useState('');
  const [note, setNote] = useState('');
  const me = useCall(() => call('user', 'me', {}), 'me');
  const consented = hasConsent(me.data?.consents, 'membership');
  const [agree, setAgree] = useState(false);
  const applying = useAction({ fallback: '提交失败，请稍后重试', onDone });

  const submit = () =>
    applying.run(async () => {
      const branch = list[index];
      if (!branch) throw new ApiError('INVALID_INPUT', '请选择党支部');
      if (!consented) await call('user', 'consent', { scope: 'membership', version: CONSENT_TEXTS.membership.version });
      await call('party', 'apply', { unitId: branch.unitId, note, ...(joinedAt ? { joinedAt } : {}) });
    });

  if (branches.data && list.length === 0) return <Text className='empty'>请先进入所在社区，再申请党员登记</Text>;
  return (
    <View className='card party-apply__form'>
      <Text className='card-title'>{again ? '重新申请党员登记' : '申请党员登记'}</Text>
      <Text className='muted party-apply__line'>已是党员、组织关系转入本社区的，请登记到居住地所在的党支部。</Text>
      <Picker mode='selector' range={list.map((b) => b.partyOrgName)} value={Math.max(index, 0)} onChange={(e) => setIndex(Number(e.detail.value))}>
        <View className='party-apply__field'>
          <Text className='muted'>所在党支部</Text>
          <Text>{list[index]?.partyOrgName ?? '请选择'}</Text>
        </View>
      </Picker>
      <Picker mode='date' fields='month' value={joinedAt || '2010-07'} start={PARTY_FOUNDED} end={thisMonthText(Date.now())} onChange={(e) => setJoinedAt(String(e.detail.value).slice(0, 7))}>
        <View className='party-apply__field'>
          <Text className='muted'>入党时间</Text>
          <Text>{joinedAt || '请选择（选填）'}</Text>
        </View>
      </Picker>
      <Textarea className='field-input party-apply__note' value={note} maxlength={200} placeholder='补充说明（选填），如组织关系转入情况' onInput={(e) => setNote(e.detail.value)} />
      {me.data && !consented && <SensitiveConsent scope='membership' checked={agree} onChange={setAgree} />}
      {applying.error && <Text className='error'>{applying.error}</Text>}
      <Button className='btn-primary' loading={applying.busy} disabled={applying.busy || !me.data || (!consented && !agree)} onClick={() => void submit()}>
        提交申请
      </Button>
    </View>
  );
}
