import { Input, Text, Textarea, View } from '@tarojs/components';
import { DateTime, Field, FieldError, type CardProps } from './fields';

/** When and where; choosing a start day moves the end to the same day. */
export function ScheduleCard({ form, set, errors }: CardProps) {
  return (
    <View className='card'>
      <DateTime label='开始时间' date={form.startDate} time={form.startTime} onChange={(startDate, startTime) => set({ startDate, startTime, endDate: startDate })} />
      <DateTime label='结束时间' date={form.endDate} time={form.endTime} onChange={(endDate, endTime) => set({ endDate, endTime })} />
      <FieldError message={errors.startAt} />
      <FieldError message={errors.endAt} />
      <Field label='活动地点'>
        <Input className='edit__input edit__place' value={form.place} maxlength={60} placeholder='如：党群服务中心三楼' onInput={(e) => set({ place: e.detail.value })} />
      </Field>
      <FieldError message={errors.place} />
    </View>
  );
}

/** Seats, the waiting list, the signup and cancel deadlines and when check-in opens. */
export function SeatsCard({ form, set, errors }: CardProps) {
  return (
    <View className='card'>
      <Field label='名额'>
        <Input className='edit__input edit__capacity' aria-label='名额' type='number' value={form.capacity} onInput={(e) => set({ capacity: e.detail.value })} />
      </Field>
      <FieldError message={errors.capacity} />
      <Field label='候补人数上限'>
        <Input className='edit__input' aria-label='候补人数上限' type='number' value={form.waitlistLimit} onInput={(e) => set({ waitlistLimit: e.detail.value })} />
      </Field>
      <FieldError message={errors.waitlistLimit} />
      <DateTime label='报名截止' date={form.signupDate} time={form.signupTime} onChange={(signupDate, signupTime) => set({ signupDate, signupTime })} />
      <FieldError message={errors.signupDeadline} />
      <DateTime label='取消截止' date={form.cancelDate} time={form.cancelTime} onChange={(cancelDate, cancelTime) => set({ cancelDate, cancelTime })} />
      <FieldError message={errors.cancelDeadline} />
      <Field label='提前开放签到（分钟）'>
        <Input className='edit__input' aria-label='提前开放签到（分钟）' type='number' value={form.checkInOpensMinutes} onInput={(e) => set({ checkInOpensMinutes: e.detail.value })} />
      </Field>
    </View>
  );
}

/** What the activity is about, and an optional cover picture. */
export function AboutCard({ form, set, errors }: CardProps) {
  return (
    <View className='card'>
      <Text className='edit__label'>活动介绍</Text>
      <Textarea className='field-input edit__textarea' value={form.description} maxlength={1000} placeholder='活动内容、参加要求等' onInput={(e) => set({ description: e.detail.value })} />
      <Field label='封面图片'>
        <Input className='edit__input' value={form.coverImage} placeholder='选填：https 图片地址' onInput={(e) => set({ coverImage: e.detail.value })} />
      </Field>
      <FieldError message={errors.coverImage} />
    </View>
  );
}
