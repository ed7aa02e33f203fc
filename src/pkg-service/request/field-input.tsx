import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { FormField } from '../../../types/catalog';
import { formDateRange, todayText } from '../../../types/date-windows';
import { Chip } from '../../components/chip';
import { dateInput } from '../../lib/cn-time';

interface Props {
  field: FormField;
  value: string | string[] | undefined;
  error?: string | undefined;
  onChange: (value: string | string[]) => void;
}

/** One field of an item's request form, by its type; choices are chips so they work the same everywhere. */
export function FieldInput({ field, value, error, onChange }: Props) {
  const text = typeof value === 'string' ? value : '';
  const chosen = Array.isArray(value) ? value : [];
  const today = dateInput(Date.now());
  return (
    <View className={`form-field ${error ? 'form-field--error' : ''}`} data-key={field.key}>
      <Text className='form-field__label'>
        {field.label}
        {field.required ? <Text className='form-field__required'> *</Text> : <Text className='muted'>（选填）</Text>}
      </Text>
      {field.hint && <Text className='muted form-field__hint'>{field.hint}</Text>}
      {field.type === 'text' && (
        <Input className='field-input form-field__input' value={text} maxlength={field.maxLength ?? 100} placeholder={`请填写${field.label}`} onInput={(e) => onChange(e.detail.value)} />
      )}
      {field.type === 'number' && (
        <Input
          className='field-input form-field__input'
          value={text}
          type='number'
          placeholder={field.min !== undefined && field.max !== undefined ? `${field.min}–${field.max}` : '请填写数字'}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {field.type === 'textarea' && (
        <View>
          <Textarea className='field-input form-field__textarea' value={text} maxlength={field.maxLength ?? 1000} placeholder={`请填写${field.label}`} onInput={(e) => onChange(e.detail.value)} />
          <Text className='muted form-field__count'>
            {[...text].length}/{field.maxLength ?? 1000}
          </Text>
        </View>
      )}
      {field.type === 'date' && (
        // The picker offers only the dates the field allows (a wish: from today, within a year; a birth date: up to today).
        <Picker mode='date' value={text || today} {...(field.when ? formDateRange(field.when, todayText(Date.now())) : {})} onChange={(e) => onChange(String(e.detail.value))}>
          <View className={`field-input form-field__picker ${text ? '' : 'form-field__placeholder'}`}>{text || '请选择日期'}</View>
        </Picker>
      )}
      {(field.type === 'single' || field.type === 'multi') && (
        <View className='form-field__options'>
          {(field.options ?? []).map((option) => {
            const on = field.type === 'single' ? text === option : chosen.includes(option);
            const toggle = () =>
              field.type === 'single' ? onChange(on && !field.required ? '' : option) : onChange(on ? chosen.filter((o) => o !== option) : [...chosen, option]);
            return (
              <Chip key={option} className='form-field__option' role={field.type === 'single' ? 'radio' : 'checkbox'} label={option} on={on} onTap={toggle} />
            );
          })}
        </View>
      )}
      {error && <Text className='form-field__error'>{error}</Text>}
    </View>
  );
}
