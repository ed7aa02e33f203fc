import { Button, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { GeoPoint } from '../../../types/org';
import { LEGAL_AID_HINT, LEGAL_AID_PAGE, REPORT_CATEGORIES, type ReportCategory } from '../../../types/request-names';
import { call } from '../../api/client';
import { PhotoPicker } from '../../components/photo-picker';
import { useAction } from '../../hooks/use-action';
import { askSubscribe } from '../../lib/subscribe';
import { newIdempotencyKey } from '../lib/answers';
import { RouteCard } from '../request/route-card';
import { CategoryChips } from './category-chips';
import { SimilarNotice } from './similar-notice';
import './index.css';

/** 问题上报 (随手拍): what kind of problem, in the resident's words, with photos, at their building or where they are. */
export default function ReportPage() {
  const [category, setCategory] = useState<ReportCategory | null>(null);
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [urgent, setUrgent] = useState(false);
  const [location, setLocation] = useState<GeoPoint | undefined>(undefined);
  const key = useRef(newIdempotencyKey());
  const sending = useAction({ fallback: '提交失败，请稍后重试', onError: (e) => (e.offline ? '网络不可用，请检查网络后再次提交（不会重复提交）' : undefined) });
  const legal = category === 'legal';
  const alwaysUrgent = REPORT_CATEGORIES.some((c) => c.id === category && 'urgent' in c);

  const submit = () =>
    sending.run(async () => {
      if (!category) return;
      await askSubscribe(['request_received', 'request_update', 'request_resolved']);
      const res = await call('grid', 'report', { category, description: description.trim(), photos, urgent, idempotencyKey: key.current, ...(location ? { location } : {}) });
      await Taro.redirectTo({ url: `/pkg-service/detail/index?id=${res.request.id}&new=1` });
    });

  return (
    <View className='page report'>
      <View className='card'>
        <Text className='card-title'>遇到了什么问题</Text>
        <CategoryChips value={category} onChange={setCategory} />
      </View>
      {legal && (
        <View className='card report__legal'>
          <Text className='report__legal-text'>{LEGAL_AID_HINT}</Text>
          <Text className='muted'>法律问题由志愿律师解答，内容只有您和律师可见。</Text>
          <Button className='btn-primary' onClick={() => Taro.navigateTo({ url: LEGAL_AID_PAGE })}>
            去法律援助
          </Button>
        </View>
      )}
      {category && !legal && (
        <>
          <SimilarNotice category={category} location={location} />
          <View className='card'>
            <Text className='card-title'>具体情况</Text>
            <Textarea className='report__text' value={description} maxlength={500} placeholder='请说明地点和情况，如：3栋东门口路灯连续三晚不亮' onInput={(e) => setDescription(e.detail.value)} />
            <Text className='muted report__count'>{[...description].length}/500</Text>
            <Text className='report__label'>照片（选填，最多9张）</Text>
            <PhotoPicker onChange={setPhotos} />
            {!alwaysUrgent && (
              <View className='report__urgent'>
                <Text>情况紧急（如危及安全）</Text>
                <Switch checked={urgent} color='#b71c1c' onChange={(e) => setUrgent(e.detail.value)} />
              </View>
            )}
          </View>
          <RouteCard onLocation={setLocation} />
          {sending.error && <Text className='error'>{sending.error}</Text>}
          <Button className='btn-primary report__submit' loading={sending.busy} disabled={sending.busy} onClick={() => !sending.busy && void submit()}>
            提交上报
          </Button>
        </>
      )}
    </View>
  );
}
