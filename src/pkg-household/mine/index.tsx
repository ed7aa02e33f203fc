import { Text, View } from '@tarojs/components';
import { HOUSEHOLD_STATUS_LABELS } from '../../../types/residence';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { ClaimForm } from './claim-form';
import { OwnerCard } from './owner-card';
import { Page } from '../../components/page';
import './index.css';

/**
 * 我的住户: where the resident lives (the building from its QR code, 单元 and room) and whether it is verified; then,
 * for owners, the separate ownership verification. Residents-only activities and owners' votes ask for these.
 */
export default function MyHousehold() {
  const mine = useCallOnShow(() => call('household', 'mine', {}), 'household');
  const m = mine.data;
  if (mine.error && !m) return <Text className='error'>{mine.error.message}</Text>;
  if (!m) return <Text className='empty'>加载中…</Text>;
  const h = m.household;
  return (
    <Page className='household-mine'>
      {h && (
        <View className='card household-mine__claim'>
          <Text className='card-title'>登记的住址</Text>
          <Text className={`tag household-mine__status ${h.status === 'verified' ? '' : 'tag-grey'}`}>{HOUSEHOLD_STATUS_LABELS[h.status]}</Text>
          <Text className='household-mine__address'>
            {h.communityName} {h.buildingName} {h.entrance}单元 {h.room}室
          </Text>
          {h.verifiedBy && h.verifiedAt && (
            <Text className='muted household-mine__line'>
              {h.verifiedBy}于{fmtDateTime(h.verifiedAt)}{h.status === 'verified' ? '核实' : '处理'}
            </Text>
          )}
          {h.status === 'unverified' && <Text className='muted household-mine__line'>网格员、楼栋长或社区工作人员核实后会通知您。</Text>}
          {h.reason && <Text className='household-mine__reason'>未通过原因：{h.reason}</Text>}
        </View>
      )}
      <ClaimForm building={m.building} current={h} onDone={mine.reload} />
      {h && h.status !== 'rejected' && <OwnerCard h={h} onDone={mine.reload} />}
      <Text className='muted household-mine__privacy'>住址仅用于核实居民身份，由核实人和社区工作人员查看；不收集身份证号，产权证书请到社区窗口出示，不在线上传。</Text>
    </Page>
  );
}
