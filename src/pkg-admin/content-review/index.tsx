import { Button, Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { call } from '../../api/client';
import { fileUrl } from '../../api/files';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';
import { useAdminCommunity } from '../lib/use-admin-community';
import './index.css';

/** 内容审核: what the content check held (residents' and workers' text and photos), to show to everyone or remove. */
export default function ContentReview() {
  const { params } = useRouter();
  const { communityId, error } = useAdminCommunity(params.community);
  const queue = useCallOnShow(() => call('grid', 'reviewQueue', { communityId: communityId! }), communityId ?? '', Boolean(communityId));
  const deciding = useAction({ fallback: '操作失败，请稍后重试', onDone: queue.reload });
  const decide = (id: string, decision: 'pass' | 'remove') => void deciding.run(async () => (await call('grid', 'clearReview', { id, decision }), decision === 'pass' ? '已通过' : '已删除'));

  return (
    <View className='page content-review'>
      {(error ?? queue.error) && <Text className='error'>{(error ?? queue.error)!.message}</Text>}
      {deciding.notice && <Text className='content-review__ok'>{deciding.notice}</Text>}
      {queue.data && queue.data.items.length === 0 && <Text className='empty'>没有待审核的内容</Text>}
      {queue.data?.items.map((item) => (
        <View key={item.request.id} className='card content-review__item'>
          <Text className='card-title'>
            {item.request.title} <Text className='muted'>{item.request.no}</Text>
          </Text>
          {item.description && <Text className='content-review__text'>问题描述：{item.description}</Text>}
          {item.notes.map((n) => (
            <Text key={n.at} className='content-review__text'>
              {n.byName}（{fmtShortDateTime(n.at)}）：{n.note}
            </Text>
          ))}
          <View className='content-review__photos'>
            {item.photos.map((p) => (
              <Image key={p.url} className='content-review__photo' src={fileUrl(p.url)} mode='aspectFill' />
            ))}
          </View>
          <View className='content-review__buttons'>
            <Button className='content-review__remove' onClick={() => decide(item.request.id, 'remove')}>删除不宜内容</Button>
            <Button className='btn-primary content-review__pass' onClick={() => decide(item.request.id, 'pass')}>审核通过</Button>
          </View>
        </View>
      ))}
      {deciding.error && <Text className='error'>{deciding.error}</Text>}
    </View>
  );
}
