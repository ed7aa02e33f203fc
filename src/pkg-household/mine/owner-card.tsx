import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { HouseholdView } from '../../../types/functions/household';
import { OWNER_STATUS_LABELS } from '../../../types/residence';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

/** 业主核实: the exclusive area as the 不动产权证书 states it; the certificate itself is shown at the office. */
export function OwnerCard({ h, onDone }: { h: HouseholdView; onDone: () => void }) {
  const [area, setArea] = useState(h.owner.area === null ? '' : String(h.owner.area));
  const asking = useAction({ fallback: '提交失败，请稍后重试', onDone });
  const submit = () =>
    asking.run(async () => {
      await call('household', 'claimOwner', { area: Number(area) });
      return '已提交，请携带不动产权证书到社区窗口核实';
    });
  return (
    <View className='card household-mine__owner'>
      <Text className='card-title'>业主身份</Text>
      <Text className={`tag household-mine__owner-status ${h.owner.status === 'verified' ? '' : 'tag-grey'}`}>{OWNER_STATUS_LABELS[h.owner.status]}</Text>
      {h.owner.area !== null && <Text className='household-mine__line'>专有部分面积：{h.owner.area} 平方米</Text>}
      {h.owner.reason && <Text className='household-mine__reason'>未通过原因：{h.owner.reason}</Text>}
      <Text className='muted household-mine__line'>业主大会表决等事项需核实业主身份（按不动产登记的专有部分面积计算）。</Text>
      {h.owner.status !== 'verified' && (
        <View>
          <View className='household-mine__field'>
            <Text className='muted'>专有部分面积（㎡）</Text>
            <Input className='household-mine__area' type='digit' value={area} placeholder='按产权证书填写' onInput={(e) => setArea(e.detail.value)} />
          </View>
          {asking.notice && <Text className='household-mine__notice'>{asking.notice}</Text>}
          {asking.error && <Text className='error'>{asking.error}</Text>}
          <Button className='btn-secondary household-mine__owner-submit' loading={asking.busy} disabled={asking.busy || !area} onClick={() => void submit()}>
            申请业主核实
          </Button>
        </View>
      )}
    </View>
  );
}
