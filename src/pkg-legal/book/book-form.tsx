import { Input, Text, Textarea, View } from '@tarojs/components';
import type { VolunteerPublic } from '../../../types/legal-aid';
import { MAX_DESCRIPTION, SERVICE_MODES, SERVICES, SERVICES_OF_KIND, SPECIALTIES, type Service, type ServiceMode, type Specialty } from '../../../types/legal-aid-names';
import { Chips } from '../components/chips';
import { ConsentBox } from '../components/consent-box';

export interface BookForm {
  specialty: Specialty | null;
  service: Service;
  mode: ServiceMode | null;
  description: string;
  phone: string;
  consent: boolean;
}

interface Props {
  v: VolunteerPublic;
  form: BookForm;
  set: (patch: Partial<BookForm>) => void;
  errors: Record<string, string>;
}

const Err = ({ m }: { m: string | undefined }) => (m ? <Text className='legal-error'>{m}</Text> : null);

/** What the consultation is about, how to talk, and the resident's own words, shared with this volunteer only. */
export function BookFormFields({ v, form, set, errors }: Props) {
  return (
    <View className='card'>
      <Text className='legal-label'>咨询类别</Text>
      <Chips className='book__specialty' options={SPECIALTIES.filter((s) => v.specialties.includes(s.id))} value={form.specialty} onChange={([s]) => set({ specialty: s ?? null })} />
      <Err m={errors.specialty} />
      <Text className='legal-label'>需要什么帮助</Text>
      <Chips className='book__service' options={SERVICES.filter((s) => SERVICES_OF_KIND[v.kind].includes(s.id))} value={form.service} onChange={([s]) => s && set({ service: s })} />
      <Err m={errors.service} />
      <Text className='legal-label'>咨询方式</Text>
      <Chips className='book__mode' options={SERVICE_MODES.filter((m) => v.modes.includes(m.id))} value={form.mode} onChange={([m]) => set({ mode: m ?? null })} />
      {form.mode === 'in_person' && v.place && <Text className='legal-hint'>地点：{v.place}</Text>}
      {form.mode === 'phone' && (
        <>
          <Input className='legal-input book__phone' type='number' maxlength={11} value={form.phone} placeholder='联系手机号（不填则用您登记的号码）' onInput={(e) => set({ phone: e.detail.value })} />
          <Text className='legal-hint'>号码只在预约确认后告诉这位志愿者，其他人看不到。</Text>
        </>
      )}
      <Err m={errors.mode ?? errors.phone} />
      <Text className='legal-label'>简单说说情况</Text>
      <Textarea className='legal-textarea book__description' maxlength={MAX_DESCRIPTION} value={form.description} placeholder='发生了什么、想了解什么。不必写对方的姓名等细节，见面再谈。' onInput={(e) => set({ description: e.detail.value })} />
      <Text className='legal-count'>
        {form.description.length}/{MAX_DESCRIPTION}
      </Text>
      <Err m={errors.description} />
      <ConsentBox className='book__consent' checked={form.consent} onChange={(consent) => set({ consent })} text={`我同意把以上情况提供给${v.name}，用于这次咨询。内容保密，其他志愿者和社区工作人员看不到。`} />
      <Err m={errors.consent} />
    </View>
  );
}
