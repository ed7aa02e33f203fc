import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';

interface Props {
  live: boolean;
  /** Cancels with the reason given; resolves to whether it worked (the form closes then). */
  onCancel: (reason: string) => Promise<boolean>;
}

/** 取消活动, asked for a reason first: everyone signed up is told it. */
export function CancelActivity({ live, onCancel }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 2;

  if (!open) {
    return live ? (
      <Button className='btn-danger manage__danger' onClick={() => setOpen(true)}>
        取消活动
      </Button>
    ) : null;
  }
  return (
    <View className='card'>
      <Text className='card-title'>取消活动</Text>
      <Input className='field-input manage__reason' value={reason} maxlength={100} placeholder='请填写取消原因，将通知所有报名党员' onInput={(e) => setReason(e.detail.value)} />
      <Button
        className={`btn-danger manage__danger manage__confirm-cancel${tooShort ? ' btn-off' : ''}`}
        disabled={tooShort}
        onClick={() => void onCancel(reason.trim()).then((done) => done && setOpen(false))}
      >
        确认取消活动
      </Button>
      <Button className='btn-secondary manage__secondary' onClick={() => setOpen(false)}>
        返回
      </Button>
    </View>
  );
}
