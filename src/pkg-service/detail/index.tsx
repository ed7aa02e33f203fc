import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { REQUEST_STATUS_LABELS } from '../../../types/request-names';
import { ROUTED_BY_LABELS } from '../../../types/routing';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import './index.css';

const FACT: FactClasses = { row: 'request-detail__fact', label: 'muted request-detail__label', value: 'request-detail__value' };

/** One of the resident's requests: what they asked, their answers and what has happened since. */
export default function RequestDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const justSent = params.new === '1';
  const detail = useCall(() => call('grid', 'get', { id }), id);
  const r = detail.data;

  if (detail.error) return <Text className='error'>{detail.error.message}</Text>;
  if (!r) return <Text className='empty'>加载中…</Text>;

  return (
    <View className='page request-detail'>
      {justSent && (
        <View className='card request-detail__sent'>
          <Text className='request-detail__sent-title'>提交成功</Text>
          <Text className='muted'>社区工作人员将尽快受理，请留意电话和消息通知。</Text>
        </View>
      )}
      <View className='card'>
        <View className='request-detail__head'>
          <Text className='request-detail__title'>{r.title}</Text>
          <Text className={`tag request-detail__status--${r.status}`}>{REQUEST_STATUS_LABELS[r.status]}</Text>
        </View>
        <FactRow classes={FACT} label='申请编号' value={r.no} />
        <FactRow classes={FACT} label='提交时间' value={fmtDateTime(r.createdAt)} />
        <FactRow classes={FACT} label='所在社区' value={`${r.communityName}${r.buildingName ? ` · ${r.buildingName}` : ''}`} />
        <FactRow classes={FACT} label='受理网格' value={r.gridName ? `${r.gridName}（${ROUTED_BY_LABELS[r.routedBy]}）` : ROUTED_BY_LABELS.community} />
        {r.contactPhoneMasked && <FactRow classes={FACT} label='联系电话' value={r.contactPhoneMasked} />}
        <Text className='request-detail__link' onClick={() => Taro.navigateTo({ url: `/pages/item/index?code=${r.code}` })}>
          查看办事指南（{r.code}）›
        </Text>
      </View>
      <View className='card'>
        <Text className='card-title'>填写内容</Text>
        {r.answers.map((a) => (
          <FactRow key={a.key} classes={FACT} label={a.label} value={a.text} />
        ))}
      </View>
      <View className='card'>
        <Text className='card-title'>办理进度</Text>
        {r.timeline.map((h, i) => (
          <View key={i} className='request-detail__step'>
            <View className='request-detail__dot' />
            <View className='request-detail__step-body'>
              <Text className='request-detail__step-title'>{REQUEST_STATUS_LABELS[h.status]}</Text>
              <Text className='muted'>{fmtDateTime(h.at)}</Text>
              <Text className='request-detail__note'>{h.note ?? '（内容待审核）'}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
