import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestDetail } from '../../../types/request';
import { ESCALATION_LEVELS, REQUEST_STATUS_LABELS, URGENCY_LABELS } from '../../../types/request-names';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { fmtDateTime } from '../../lib/cn-time';
import { dueText } from '../../lib/request-due';

const FACT: FactClasses = { row: 'work__fact', label: 'muted work__label', value: 'work__value' };

/** The request as the people acting on it need it: who asked, how to reach them, where, and the clocks. */
export function WorkerFacts({ r }: { r: RequestDetail }) {
  const place = [r.communityName, r.gridName, r.buildingName].filter(Boolean).join(' · ');
  return (
    <View className='card'>
      <View className='work__head'>
        <Text className='work__title'>{r.title}</Text>
        <Text className='tag'>{REQUEST_STATUS_LABELS[r.status]}</Text>
      </View>
      <Text className={`work__due ${r.overdue ? 'work__due--late' : ''}`}>{dueText(r)}</Text>
      <FactRow classes={FACT} label='编号' value={r.no} />
      <FactRow classes={FACT} label='紧急程度' value={URGENCY_LABELS[r.urgency]} />
      <FactRow classes={FACT} label='提出人' value={r.residentName} />
      {r.contactPhone ? (
        <View className='work__fact' onClick={() => void Taro.makePhoneCall({ phoneNumber: r.contactPhone! })}>
          <Text className='muted work__label'>联系电话</Text>
          <Text className='work__value work__phone'>{r.contactPhone}（点击拨打）</Text>
        </View>
      ) : (
        r.contactPhoneMasked && <FactRow classes={FACT} label='联系电话' value={`${r.contactPhoneMasked}（受理后可见）`} />
      )}
      <FactRow classes={FACT} label='地点' value={place} />
      {r.location && <FactRow classes={FACT} label='定位' value={`${r.location.lng.toFixed(5)}, ${r.location.lat.toFixed(5)}`} />}
      <FactRow classes={FACT} label='负责人' value={r.holderTeam ? `${r.holderName}（团队内任一人可受理）` : r.holderName} />
      <FactRow classes={FACT} label='受理时限' value={fmtDateTime(r.acceptDueAt)} />
      <FactRow classes={FACT} label='办结时限' value={fmtDateTime(r.resolveDueAt)} />
      {r.level > 0 && <FactRow classes={FACT} label='督办' value={`已升级至${ESCALATION_LEVELS[r.level]}`} />}
      <Text className='work__promise'>{r.promise}</Text>
      {r.assumedYears.length > 0 && <Text className='work__notice'>{r.assumedYears.join('、')}年节假日安排尚未发布，时限暂按周末推算。</Text>}
      {r.pause && <Text className='work__notice'>计时已暂停（{fmtDateTime(r.pause.since)}起）：{r.pause.reason}</Text>}
      {r.external && <Text className='work__notice'>已转交{r.external.department}，受理编号 {r.external.reference}</Text>}
    </View>
  );
}
