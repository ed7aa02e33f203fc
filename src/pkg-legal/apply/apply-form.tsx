import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { InputOf } from '../../../types/api';
import type { MyVolunteer } from '../../../types/legal-aid';
import { SERVICE_MODES, SPECIALTIES, VOLUNTEER_KINDS, type ServiceMode, type Specialty, type VolunteerKind } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import type { ActionState } from '../../hooks/use-action';
import { Chips } from '../components/chips';

type Team = { unitId: string; name: string };

/** The application: who they are (a lawyer with 执业证号, or a 法律明白人), what they take on, how, where, which team. */
export function ApplyForm({ teams, current, act }: { teams: Team[]; current: MyVolunteer | null; act: ActionState }) {
  const [kind, setKind] = useState<VolunteerKind>(current?.kind ?? 'lawyer');
  const [realName, setRealName] = useState(current?.realName ?? '');
  const [licenseNo, setLicenseNo] = useState(current?.licenseNo ?? '');
  const [firm, setFirm] = useState(current?.firm ?? '');
  const [specialties, setSpecialties] = useState<Specialty[]>(current?.specialties ?? []);
  const [modes, setModes] = useState<ServiceMode[]>(current?.modes ?? []);
  const [place, setPlace] = useState(current?.place ?? '');
  const [intro, setIntro] = useState(current?.intro ?? '');
  const [unitId, setUnitId] = useState(current?.unitId ?? teams[0]?.unitId ?? '');
  const err = (k: string) => act.fieldErrors[k] && <Text className='legal-error'>{act.fieldErrors[k]}</Text>;
  const lawyer = kind === 'lawyer';
  const input: InputOf<'legal-aid', 'apply'> = {
    kind, realName: realName.trim(), specialties, modes, intro: intro.trim(), unitId,
    ...(lawyer ? { licenseNo: licenseNo.trim(), firm: firm.trim() } : {}),
    ...(modes.includes('in_person') ? { place: place.trim() } : {}),
  };
  const submit = () => act.run(() => call('legal-aid', 'apply', input).then((v) => (v.status === 'verified' ? '已保存' : '申请已提交，请等待审核')));

  return (
    <View className='card apply__form'>
      <Text className='legal-label'>我是</Text>
      <Chips className='apply__kind' options={VOLUNTEER_KINDS} value={kind} onChange={([k]) => k && setKind(k)} />
      {!lawyer && <Text className='legal-hint'>法律明白人帮助调解矛盾纠纷、指引办事，不出具法律意见。</Text>}
      <Input className='legal-input apply__name' value={realName} placeholder='真实姓名' onInput={(e) => setRealName(e.detail.value)} />
      {err('realName')}
      {lawyer && <Input className='legal-input apply__license' type='number' maxlength={17} value={licenseNo} placeholder='执业证号（17位，旧证12位）' onInput={(e) => setLicenseNo(e.detail.value)} />}
      {err('licenseNo')}
      {lawyer && <Input className='legal-input apply__firm' value={firm} placeholder='执业机构（律师事务所）' onInput={(e) => setFirm(e.detail.value)} />}
      {err('firm')}
      <Text className='legal-label'>擅长领域（可多选）</Text>
      <Chips className='apply__specialty' multi options={SPECIALTIES} value={specialties} onChange={setSpecialties} />
      {err('specialties')}
      <Text className='legal-label'>服务方式（可多选）</Text>
      <Chips className='apply__mode' multi options={SERVICE_MODES} value={modes} onChange={setModes} />
      {modes.includes('in_person') && <Input className='legal-input apply__place' value={place} placeholder='面谈地点，例如 西园社区党群服务中心法律服务室' onInput={(e) => setPlace(e.detail.value)} />}
      {err('modes') || err('place')}
      <Text className='legal-label'>加入的服务队</Text>
      <Chips className='apply__team' options={teams.map((t) => ({ id: t.unitId, name: t.name }))} value={unitId} onChange={([u]) => u && setUnitId(u)} />
      {err('unitId')}
      <Textarea className='legal-textarea apply__intro' maxlength={200} value={intro} placeholder='个人简介（居民可见，可不填）' onInput={(e) => setIntro(e.detail.value)} />
      <Button className='btn-primary apply__submit' loading={act.busy} disabled={act.busy} onClick={() => void submit()}>
        {current?.status === 'verified' ? '保存' : '提交申请'}
      </Button>
    </View>
  );
}
