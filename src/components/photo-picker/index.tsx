import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MAX_PHOTOS } from '../../../types/request-names';
import { asApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { uploadPhoto } from '../../api/files';
import { cachedMe } from '../../lib/me-cache';
import './index.css';

interface Picked {
  preview: string;
  fileId: string;
}

/**
 * Up to nine photos, each uploaded as soon as it is picked (compressed by the phone), shown as thumbnails that a
 * tap removes. Hands the file ids up; the request carries them.
 */
export function PhotoPicker({ onChange, max = MAX_PHOTOS }: { onChange: (fileIds: string[]) => void; max?: number }) {
  const [picked, setPicked] = useState<Picked[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = (next: Picked[]) => {
    setPicked(next);
    onChange(next.map((p) => p.fileId));
  };

  const pick = async () => {
    setError(null);
    const chosen = await Taro.chooseImage({ count: max - picked.length, sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(() => null);
    if (!chosen) return;
    setBusy(true);
    try {
      const openid = cachedMe()?.openid ?? (await call('user', 'me', {})).openid;
      const added: Picked[] = [];
      for (const path of chosen.tempFilePaths.slice(0, max - picked.length)) added.push({ preview: path, fileId: await uploadPhoto(path, openid) });
      update([...picked, ...added]);
    } catch (err) {
      setError(asApiError(err, '照片上传失败，请重试').message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='photo-picker'>
      {picked.map((p) => (
        <View key={p.fileId} className='photo-picker__cell' onClick={() => update(picked.filter((o) => o !== p))}>
          <Image className='photo-picker__img' src={p.preview} mode='aspectFill' />
          <Text className='photo-picker__remove'>×</Text>
        </View>
      ))}
      {picked.length < max && (
        <View className={`photo-picker__add ${busy ? 'photo-picker__add--busy' : ''}`} onClick={() => !busy && void pick()}>
          <Text className='photo-picker__plus'>{busy ? '上传中' : '＋'}</Text>
          <Text className='muted'>{busy ? '' : `拍照/相册 ${picked.length}/${max}`}</Text>
        </View>
      )}
      {error && <Text className='photo-picker__error'>{error}</Text>}
    </View>
  );
}
