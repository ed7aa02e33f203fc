import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CARE_KIND_LABELS } from '../../../types/governance';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { tapProps } from '../../lib/a11y';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';
import '../components/gov.css';

/** 我的联系户: the households the caller visits, who is due first; a tap opens the quick visit log. */
export default function Visits() {
  const list = useCallOnShow(() => call('governance', 'myVisits', {}), 'my-visits');
  return (
    <Page className='gov-visits'>
      {list.error && <Text className='error'>{list.error.message}</Text>}
      {list.data?.items.map((h) => (
        <View key={h.id} className='card gov-visits__row' {...tapProps('link')} onClick={() => void Taro.navigateTo({ url: `/pkg-gov/visit/index?id=${h.id}` })}>
          <Text className='gov-row__title'>
            {h.label} · {h.building}
            {h.entrance}单元{h.room}
          </Text>
          {h.monthly && <Text className='tag'>每月走访：{h.care.map((c) => CARE_KIND_LABELS[c]).join('、')}</Text>}
          <Text className={`tag ${h.overdue ? '' : 'tag-green'}`}>{h.overdue ? '待走访' : `${fmtShortDateTime(h.dueAt).split(' ')[0]}前再访`}</Text>
          <Text className='muted gov-line'>{h.lastVisitAt ? `上次走访：${fmtShortDateTime(h.lastVisitAt)}` : '尚未走访'}</Text>
        </View>
      ))}
      {list.data?.items.length === 0 && <Text className='empty'>暂无分配给您的联系户</Text>}
      <Text className='muted gov-line'>走访记录只记必要情况，不要求拍照、定位或轨迹；发现的需求在同一页登记，无需重复填写。</Text>
    </Page>
  );
}
