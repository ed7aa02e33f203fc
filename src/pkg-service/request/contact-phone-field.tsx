import { Input, Text, View } from '@tarojs/components';

/** 联系手机 for a form that does not ask for a phone itself: optional, the registered number is used without it. */
export function ContactPhoneField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <View className={`form-field ${error ? 'form-field--error' : ''}`} data-key='contactPhone'>
      <Text className='form-field__label'>
        联系手机<Text className='muted'>（选填，不填则使用您登记的手机号）</Text>
      </Text>
      <Input className='field-input form-field__input' type='number' maxlength={11} value={value} placeholder='11位手机号码' onInput={(e) => onChange(e.detail.value)} />
      {error && <Text className='form-field__error'>{error}</Text>}
    </View>
  );
}
