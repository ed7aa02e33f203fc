import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';

interface Props {
  prompt: string;
  confirm: string;
  busy: boolean;
  /** The page's class for this form, e.g. `legal-booking__decline`. */
  className: string;
  onSubmit: (reason: string) => Promise<boolean>;
  onClose: () => void;
}

/** A reason the other side is told, then the step it explains. */
export function ReasonForm({ prompt, confirm, busy, className, onSubmit, onClose }: Props) {
  const [reason, setReason] = useState('');
  return (
    <View className={`card ${className}`}>
      <Text className='legal-label'>{prompt}</Text>
      <Textarea className='legal-textarea legal-booking__reason' maxlength={100} value={reason} placeholder='对方会收到这条说明' onInput={(e) => setReason(e.detail.value)} />
      <View className='legal-buttons'>
        <Button className='btn-primary legal-booking__reason-ok' loading={busy} disabled={busy || reason.trim().length < 2} onClick={() => void onSubmit(reason.trim()).then((ok) => ok && onClose())}>
          {confirm}
        </Button>
        <Button className='legal-secondary' onClick={onClose}>
          返回
        </Button>
      </View>
    </View>
  );
}
