import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { PhotoPicker } from '../../components/photo-picker';

interface Props {
  title: string;
  placeholder: string;
  submitLabel: string;
  withPhotos?: boolean;
  busy: boolean;
  onSubmit: (text: string, photos: string[]) => void;
  onCancel: () => void;
  /** Choices above the text (a transfer's targets). */
  children?: React.ReactNode;
}

/** A worker's written step (办结, 回复, 转办, 暂停…): a text, maybe photos, and a button. */
export function NoteForm({ title, placeholder, submitLabel, withPhotos, busy, onSubmit, onCancel, children }: Props) {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  return (
    <View className='card work__form'>
      <Text className='card-title'>{title}</Text>
      {children}
      <Textarea className='work__text' value={text} maxlength={500} placeholder={placeholder} onInput={(e) => setText(e.detail.value)} />
      {withPhotos && <PhotoPicker onChange={setPhotos} />}
      <View className='work__form-buttons'>
        <Button className='work__cancel' onClick={onCancel}>
          取消
        </Button>
        <Button className='btn-primary work__submit' loading={busy} disabled={busy || !text.trim()} onClick={() => onSubmit(text.trim(), photos)}>
          {submitLabel}
        </Button>
      </View>
    </View>
  );
}
