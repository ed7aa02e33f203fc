import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PhotoView } from '../../../types/request';
import { fileUrl } from '../../api/files';
import './index.css';

/** Photos of a request or a step; a tap opens them full size. One held for review says so. */
export function PhotoGrid({ photos }: { photos: readonly PhotoView[] }) {
  if (photos.length === 0) return null;
  const urls = photos.map((p) => fileUrl(p.url));
  return (
    <View className='photo-grid'>
      {photos.map((p, i) => (
        <View key={p.url} className='photo-grid__cell' onClick={() => void Taro.previewImage({ urls, current: urls[i]! })}>
          <Image className='photo-grid__img' src={urls[i]!} mode='aspectFill' />
          {p.held && <Text className='photo-grid__held'>审核中</Text>}
        </View>
      ))}
    </View>
  );
}
