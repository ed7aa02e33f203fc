import { Input, Picker, View } from '@tarojs/components';
import type { OutputOf } from '../../../types/api';
import { ACTIVITY_TYPES, AUDIENCES } from '../../../types/activity-names';
import { Field, FieldError, type CardProps } from './fields';

type Unit = OutputOf<'activity', 'organiserUnits'>['units'][number];

/** Name and type; for a new activity also the organising unit and the audience, which cannot change later. */
export function BasicsCard({ form, set, errors, units, isNew }: CardProps & { units: Unit[]; isNew: boolean }) {
  return (
    <View className='card'>
      <Field label='活动名称'>
        <Input className='edit__input edit__title' value={form.title} maxlength={40} placeholder='如：主题党日 重温入党誓词' onInput={(e) => set({ title: e.detail.value })} />
      </Field>
      <FieldError message={errors.title} />
      <Picker mode='selector' range={ACTIVITY_TYPES.map((t) => t.name)} value={ACTIVITY_TYPES.findIndex((t) => t.id === form.type)} onChange={(e) => set({ type: ACTIVITY_TYPES[Number(e.detail.value)]!.id })}>
        <Field label='活动类型' value={ACTIVITY_TYPES.find((t) => t.id === form.type)?.name} />
      </Picker>
      {isNew && (
        <>
          <Picker mode='selector' range={units.map((u) => u.partyOrgName)} value={Math.max(0, units.findIndex((u) => u.unitId === form.unitId))} onChange={(e) => set({ unitId: units[Number(e.detail.value)]!.unitId })}>
            <Field label='组织单位' value={units.find((u) => u.unitId === form.unitId)?.partyOrgName} />
          </Picker>
          <Picker mode='selector' range={AUDIENCES.map((a) => a.name)} value={AUDIENCES.findIndex((a) => a.id === form.audience)} onChange={(e) => set({ audience: AUDIENCES[Number(e.detail.value)]!.id })}>
            <Field label='参加对象' value={AUDIENCES.find((a) => a.id === form.audience)?.name} />
          </Picker>
        </>
      )}
    </View>
  );
}
