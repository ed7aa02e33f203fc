import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestDetail } from '../../../types/request';
import { REQUEST_STATUS_LABELS } from '../../../types/request-names';
import { ROUTED_BY_LABELS } from '../../../types/routing';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { fmtDateTime } from '../../lib/cn-time';

const FACT: FactClasses = { row: 'request-detail__fact', label: 'muted request-detail__label', value: 'request-detail__value' };

/** The deadline running now, in words: 应于…前受理 / 办结, or 已逾期. */
export function deadlineText(r: RequestDetail): string | null {
  if (r.deadlineAt === null) return null;
  const what = r.status === 'assigned' ? '受理' : '办结';
  return r.overdue ? `已超过${what}时限（${fmtDateTime(r.deadlineAt)}）` : `应于 ${fmtDateTime(r.deadlineAt)} 前${what}`;
}

/** What the request is, where, who has it and by when, as the resident reads it. */
export function RequestFacts({ r }: { r: RequestDetail }) {
  const deadline = deadlineText(r);
  return (
    <View className='card'>
      <View className='request-detail__head'>
        <Text className='request-detail__title'>{r.title}</Text>
        <Text className={`tag request-detail__status--${r.status}`}>{REQUEST_STATUS_LABELS[r.status]}</Text>
      </View>
      <FactRow classes={FACT} label='诉求编号' value={r.no} />
      <FactRow classes={FACT} label='提交时间' value={fmtDateTime(r.createdAt)} />
      <FactRow classes={FACT} label='所在社区' value={`${r.communityName}${r.buildingName ? ` · ${r.buildingName}` : ''}`} />
      <FactRow classes={FACT} label='受理网格' value={r.gridName ? `${r.gridName}（${ROUTED_BY_LABELS[r.routedBy]}）` : ROUTED_BY_LABELS.community} />
      <FactRow classes={FACT} label='负责人' value={r.holderName} />
      {deadline && <FactRow classes={FACT} label='办理时限' value={deadline} />}
      <Text className='request-detail__promise'>{r.promise}</Text>
      {r.assumedYears.length > 0 && <Text className='request-detail__notice'>{r.assumedYears.join('、')}年节假日安排尚未发布，时限暂按周末推算，发布后以实际安排为准。</Text>}
      {r.pause && <Text className='request-detail__notice'>计时已暂停：{r.pause.reason}。请在下方留言补充，补充后恢复计时。</Text>}
      {r.external && <Text className='request-detail__notice'>已转交{r.external.department}办理，部门受理编号 {r.external.reference}</Text>}
      {r.contactPhoneMasked && <FactRow classes={FACT} label='联系电话' value={r.contactPhone ?? r.contactPhoneMasked} />}
      {r.kind === 'item' && (
        <Text className='request-detail__link' onClick={() => Taro.navigateTo({ url: `/pages/item/index?code=${r.code}` })}>
          查看办事指南（{r.code}）›
        </Text>
      )}
    </View>
  );
}
