import { Text, View } from '@tarojs/components';
import type { RequestDetail } from '../../../types/request';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { PhotoGrid } from '../../components/photo-grid';

const FACT: FactClasses = { row: 'request-detail__fact', label: 'muted request-detail__label', value: 'request-detail__value' };

/** What was asked: an item's answers, or a report's words and photos (held ones said to be under review). */
export function RequestContent({ r }: { r: RequestDetail }) {
  return (
    <View className='card'>
      <Text className='card-title'>{r.kind === 'item' ? '填写内容' : '问题描述'}</Text>
      {r.answers.map((a) => (
        <FactRow key={a.key} classes={FACT} label={a.label} value={a.text} />
      ))}
      {r.kind === 'report' && <Text className='request-detail__description'>{r.description ?? '（内容审核中）'}</Text>}
      {r.descriptionHeld && r.description !== null && <Text className='request-detail__held'>内容审核中，目前仅您和办理人员可见</Text>}
      <PhotoGrid photos={r.photos} />
      {r.hiddenPhotos > 0 && <Text className='muted'>另有{r.hiddenPhotos}张照片审核中</Text>}
    </View>
  );
}
