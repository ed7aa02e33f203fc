import { Picker, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ActivityForm } from './form';

/** What every card of the form gets: the form, a way to change part of it, and the server's messages by field. */
export interface CardProps {
  form: ActivityForm;
  set: (patch: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/** A labelled line: its own input, or the chosen value of a picker around it. */
export function Field({ label, value, children }: { label: string; value?: string | undefined; children?: ReactNode }) {
  return (
    <View className='edit__field'>
      <Text className='edit__label'>{label}</Text>
      {children ?? <Text className='edit__value'>{value ?? '请选择'}</Text>}
    </View>
  );
}

/** A Shanghai date and time, each with its own picker. */
export function DateTime({ label, date, time, onChange }: { label: string; date: string; time: string; onChange: (date: string, time: string) => void }) {
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

/** The server's message for one field, under it. */
export function FieldError({ message }: { message: string | undefined }) {
  return message ? <Text className='edit__field-error'>{message}</Text> : null;
}
