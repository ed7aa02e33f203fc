import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ACTIVITY_TYPES, AUDIENCES } from '../../../types/activity-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { blankForm, fieldsOf, formOf, type ActivityForm } from './form';
import './index.css';

/** 发布活动 / 编辑活动. Organising unit and audience are chosen once; everything else may be edited later. */
export default function EditActivity() {
  const { params } = useRouter();
  const id = params.id;
  const units = useCall(() => call('activity', 'organiserUnits', {}), 'units');
  const existing = useCall(() => call('activity', 'get', { id: id! }), id ?? '', Boolean(id));
  const [form, setForm] = useState<ActivityForm | null>(null);
  const saving = useAction({ fallback: '保存失败，请稍后重试' });
  const { busy, error, fieldErrors } = saving;

  useEffect(() => {
    if (form) return;
    if (id && existing.data) setForm(formOf(existing.data));
    const first = units.data?.units[0];
    if (!id && first) setForm(blankForm(Date.now(), first.unitId));
  }, [form, id, existing.data, units.data]);

  useEffect(() => void Taro.setNavigationBarTitle({ title: id ? '编辑活动' : '发布活动' }), [id]);

  if (!form) return <Text className='empty'>{units.error?.message ?? existing.error?.message ?? '加载中…'}</Text>;
  const set = (patch: Partial<ActivityForm>) => setForm({ ...form, ...patch });
  const unitList = units.data?.units ?? [];
  const fieldError = (key: string) => fieldErrors[key] && <Text className='edit__field-error'>{fieldErrors[key]}</Text>;

  const save = () =>
    saving.run(async () => {
      if (id) {
        await call('activity', 'update', { id, ...fieldsOf(form) });
        await Taro.navigateBack();
      } else {
        const created = await call('activity', 'create', { ...fieldsOf(form), unitId: form.unitId, audience: form.audience });
        await Taro.redirectTo({ url: `/pkg-branch/manage/index?id=${created.id}` });
      }
    });

  return (
    <View className='page edit'>
      <View className='card'>
        <Field label='活动名称'>
          <Input className='edit__input edit__title' value={form.title} maxlength={40} placeholder='如：主题党日 重温入党誓词' onInput={(e) => set({ title: e.detail.value })} />
        </Field>
        {fieldError('title')}
        <Picker mode='selector' range={ACTIVITY_TYPES.map((t) => t.name)} value={ACTIVITY_TYPES.findIndex((t) => t.id === form.type)} onChange={(e) => set({ type: ACTIVITY_TYPES[Number(e.detail.value)]!.id })}>
          <Field label='活动类型' value={ACTIVITY_TYPES.find((t) => t.id === form.type)?.name} />
        </Picker>
        {!id && (
          <>
            <Picker mode='selector' range={unitList.map((u) => u.partyOrgName)} value={Math.max(0, unitList.findIndex((u) => u.unitId === form.unitId))} onChange={(e) => set({ unitId: unitList[Number(e.detail.value)]!.unitId })}>
              <Field label='组织单位' value={unitList.find((u) => u.unitId === form.unitId)?.partyOrgName} />
            </Picker>
            <Picker mode='selector' range={AUDIENCES.map((a) => a.name)} value={AUDIENCES.findIndex((a) => a.id === form.audience)} onChange={(e) => set({ audience: AUDIENCES[Number(e.detail.value)]!.id })}>
              <Field label='参加对象' value={AUDIENCES.find((a) => a.id === form.audience)?.name} />
            </Picker>
          </>
        )}
      </View>

      <View className='card'>
        <DateTime label='开始时间' date={form.startDate} time={form.startTime} onChange={(startDate, startTime) => set({ startDate, startTime, endDate: startDate })} />
        <DateTime label='结束时间' date={form.endDate} time={form.endTime} onChange={(endDate, endTime) => set({ endDate, endTime })} />
        {fieldError('startAt')}
        {fieldError('endAt')}
        <Field label='活动地点'>
          <Input className='edit__input edit__place' value={form.place} maxlength={60} placeholder='如：党群服务中心三楼' onInput={(e) => set({ place: e.detail.value })} />
        </Field>
        {fieldError('place')}
      </View>

      <View className='card'>
        <Field label='名额'>
          <Input className='edit__input edit__capacity' type='number' value={form.capacity} onInput={(e) => set({ capacity: e.detail.value })} />
        </Field>
        {fieldError('capacity')}
        <Field label='候补人数上限'>
          <Input className='edit__input' type='number' value={form.waitlistLimit} onInput={(e) => set({ waitlistLimit: e.detail.value })} />
        </Field>
        {fieldError('waitlistLimit')}
        <DateTime label='报名截止' date={form.signupDate} time={form.signupTime} onChange={(signupDate, signupTime) => set({ signupDate, signupTime })} />
        {fieldError('signupDeadline')}
        <DateTime label='取消截止' date={form.cancelDate} time={form.cancelTime} onChange={(cancelDate, cancelTime) => set({ cancelDate, cancelTime })} />
        {fieldError('cancelDeadline')}
        <Field label='提前开放签到（分钟）'>
          <Input className='edit__input' type='number' value={form.checkInOpensMinutes} onInput={(e) => set({ checkInOpensMinutes: e.detail.value })} />
        </Field>
      </View>

      <View className='card'>
        <Text className='muted'>活动介绍</Text>
        <Textarea className='edit__textarea' value={form.description} maxlength={1000} placeholder='活动内容、参加要求等' onInput={(e) => set({ description: e.detail.value })} />
        <Field label='封面图片'>
          <Input className='edit__input' value={form.coverImage} placeholder='选填：https 图片地址' onInput={(e) => set({ coverImage: e.detail.value })} />
        </Field>
        {fieldError('coverImage')}
      </View>

      {error && <Text className='error'>{error}</Text>}
      <Button className='btn-primary edit__save' loading={busy} disabled={busy} onClick={() => void save()}>
        {id ? '保存修改' : '发布活动'}
      </Button>
      {id && <Text className='muted edit__hint'>修改时间或地点后，已报名和候补的党员会收到变更通知。</Text>}
    </View>
  );
}

function Field({ label, value, children }: { label: string; value?: string | undefined; children?: React.ReactNode }) {
  return (
    <View className='edit__field'>
      <Text className='edit__label'>{label}</Text>
      {children ?? <Text className='edit__value'>{value ?? '请选择'}</Text>}
    </View>
  );
}

function DateTime({ label, date, time, onChange }: { label: string; date: string; time: string; onChange: (date: string, time: string) => void }) {
  return (
    <View className='edit__field'>
      <Text className='edit__label'>{label}</Text>
      <Picker mode='date' value={date} onChange={(e) => onChange(String(e.detail.value), time)}>
        <Text className='edit__value edit__date'>{date}</Text>
      </Picker>
      <Picker mode='time' value={time} onChange={(e) => onChange(date, String(e.detail.value))}>
        <Text className='edit__value edit__time'>{time}</Text>
      </Picker>
    </View>
  );
}
