import { Text, View } from '@tarojs/components';
import type { ActivityDetail } from '../../../types/activity';
import { activityTypeName, audienceName } from '../../../types/activity-names';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { fmtDateTime, fmtRange } from '../../lib/cn-time';

const FACT: FactClasses = { row: 'activity-detail__fact', label: 'muted activity-detail__label', value: 'activity-detail__value' };

/** The activity's card: type, audience, title and the facts a member decides by (time, place, seats, deadlines). */
export function ActivityFacts({ a }: { a: ActivityDetail }) {
  return (
    <View className='card'>
      <View className='activity-detail__tags'>
        <Text className='tag'>{activityTypeName(a.type)}</Text>
        <Text className='tag tag-green'>{audienceName(a.audience)}</Text>
        {a.status === 'cancelled' && <Text className='tag tag-grey'>已取消</Text>}
      </View>
      <Text className='activity-detail__title'>{a.title}</Text>
      <FactRow classes={FACT} label='时间' value={fmtRange(a.startAt, a.endAt)} />
      <FactRow classes={FACT} label='地点' value={a.place} />
      <FactRow classes={FACT} label='组织' value={a.unitName} />
      <FactRow classes={FACT} label='对象' value={a.audience === 'residents' ? `${a.audienceUnitName}居民` : `${a.audienceUnitName}党员`} />
      <FactRow classes={FACT} label='名额' value={`已报名 ${a.confirmedCount}/${a.capacity}${a.waitlistCount ? `，候补 ${a.waitlistCount} 人` : ''}`} />
      <FactRow classes={FACT} label='报名截止' value={fmtDateTime(a.signupDeadline)} />
      <FactRow classes={FACT} label='取消截止' value={fmtDateTime(a.cancelDeadline)} />
    </View>
  );
}
