import { syncReminders } from '../activity/activity-notices';
import { ACTIVITIES, SIGNUPS, signupId, ticketOf, type ActivityDoc, type SignupDoc } from '../activity/activity.repository';
import { holderKey, newPool } from '../hot/places';
import { shanghai } from '../../../types/time';
import type { Store } from '../store/port';
import { DEMO_UNITS } from './demo-org';
import { DEMO_USERS } from './demo-users';

/** Shanghai wall time `hh:mm`, `days` after the seed day. */
function at(now: number, days: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return shanghai(now).startOf('day').add(days, 'day').hour(h).minute(m).valueOf();
}

const unit = (id: string) => DEMO_UNITS.find((u) => u.id === id)!;

interface Plan {
  id: string;
  title: string;
  type: ActivityDoc['type'];
  unitId: string;
  audience: ActivityDoc['audience'];
  day: number;
  from: string;
  to: string;
  place: string;
  capacity: number;
  description: string;
  /** Signed up (in order); those in `attended` checked in, by scan or recorded by the secretary. */
  confirmed?: string[];
  attended?: Array<[openid: string, method: 'scan' | 'manual']>;
}

function plans(now: number): Plan[] {
  const toSaturday = (6 - shanghai(now).day() + 7) % 7 || 7;
  return [
    { id: 'act_demothemeday', title: '主题党日：重温入党誓词', type: 'theme_day', unitId: 'cm-xiyuan', audience: 'community_party', day: 3, from: '09:00', to: '11:30', place: '西园社区党群服务中心三楼党员活动室', capacity: 30, description: '集体重温入党誓词，交流学习体会，为本季度表现突出的党员颁发“先锋党员”证书。请佩戴党员徽章。', confirmed: ['demo-party-member'] },
    { id: 'act_demolesson', title: '支部党课：党员在基层治理中的作用', type: 'three_meetings', unitId: 'gd-xiyuan-1', audience: 'party_subtree', day: 6, from: '19:00', to: '20:30', place: '西园第一网格党群服务站', capacity: 20, description: '由支部书记讲授党课，结合网格走访中的典型事例，讨论党员如何带头参与楼栋议事。' },
    { id: 'act_demovolunteer', title: '周末社区环境整治志愿服务', type: 'volunteer', unitId: 'cm-xiyuan', audience: 'residents', day: toSaturday, from: '08:30', to: '11:00', place: '西园路20号新时代文明实践站门口集合', capacity: 15, description: '清理楼道堆积物、劝导规范停放非机动车。社区提供手套、夹子和饮用水，欢迎居民带孩子一起参加。' },
    { id: 'act_demoorglife', title: '年度组织生活会暨民主评议党员', type: 'org_life', unitId: 'gd-xiyuan-1', audience: 'party_subtree', day: 14, from: '14:30', to: '17:30', place: '西园社区党群服务中心二楼会议室', capacity: 25, description: '开展批评和自我批评，进行民主评议党员。请提前准备个人对照检查发言提纲。' },
    { id: 'act_demostudy', title: '党纪学习教育专题读书班', type: 'study', unitId: 'cm-xiyuan', audience: 'community_party', day: -12, from: '14:30', to: '17:00', place: '西园社区党群服务中心三楼党员活动室', capacity: 30, description: '集中学习《中国共产党纪律处分条例》，分组交流研讨。', confirmed: ['demo-party-member', 'demo-party-member-2', 'demo-party-member-3'], attended: [['demo-party-member', 'scan'], ['demo-party-member-2', 'manual']] },
    { id: 'act_demovisit', title: '主题党日：走访慰问困难党员', type: 'theme_day', unitId: 'gd-xiyuan-1', audience: 'party_subtree', day: -30, from: '09:00', to: '11:00', place: '西园第一网格党群服务站集合', capacity: 10, description: '分组走访网格内老党员、困难党员，了解生活情况，送上慰问品。', confirmed: ['demo-party-member'], attended: [['demo-party-member', 'scan']] },
  ];
}

const nameOf = (openid: string) => DEMO_USERS.find((u) => u._id === openid)?.name ?? '';

/** Activities of the 西园社区 branches around the seed time, some with signups and attendance already recorded. */
export async function seedActivities(store: Store, now: number): Promise<void> {
  for (const p of plans(now)) {
    const organiser = unit(p.unitId);
    const audienceUnit = p.audience === 'party_subtree' ? organiser : unit('cm-xiyuan');
    const startAt = at(now, p.day, p.from);
    const createdAt = Math.min(now, startAt - 10 * 24 * 3_600_000);
    const confirmed = p.confirmed ?? [];
    const signedUpAt = (i: number) => createdAt + (i + 1) * 3_600_000;
    const checkedInAt = (openid: string) => {
      const i = p.attended?.findIndex(([o]) => o === openid) ?? -1;
      return i >= 0 ? startAt - 10 * 60_000 + confirmed.indexOf(openid) * 60_000 : null;
    };
    const seats = { ...newPool(p.capacity, 10), free: p.capacity - confirmed.length, holders: confirmed, since: Object.fromEntries(confirmed.map((o, i) => [holderKey(o), signedUpAt(i)])) };
    const present = Object.fromEntries(p.attended?.map(([o, method]) => [holderKey(o), { at: checkedInAt(o)!, method }]) ?? []);
    const doc: ActivityDoc = {
      _id: p.id,
      title: p.title,
      type: p.type,
      unitId: organiser.id,
      unitPath: organiser.path,
      unitName: organiser.partyOrgName,
      audience: p.audience,
      audienceUnitId: audienceUnit.id,
      audienceUnitName: p.audience === 'party_subtree' ? audienceUnit.partyOrgName : audienceUnit.name,
      startAt,
      endAt: at(now, p.day, p.to),
      place: p.place,
      capacity: p.capacity,
      waitlistLimit: 10,
      signupDeadline: at(now, p.day - 1, '18:00'),
      cancelDeadline: at(now, p.day - 1, '20:00'),
      checkInOpensMinutes: 30,
      description: p.description,
      coverImage: null,
      status: 'published',
      cancelReason: null,
      cancelledAt: null,
      seats,
      present,
      touchedAt: createdAt,
      revision: 1,
      createdBy: 'demo-secretary',
      createdByName: nameOf('demo-secretary'),
      createdAt,
      updatedAt: createdAt,
    };
    await store.transaction(async (tx) => {
      await tx.put(ACTIVITIES, doc);
      await syncReminders(tx, now, doc);
    });
    for (const [i, openid] of confirmed.entries()) {
      const attended = p.attended?.find(([o]) => o === openid);
      const at = checkedInAt(openid);
      const byHand = attended?.[1] === 'manual';
      const signup: SignupDoc = {
        _id: signupId(p.id, openid),
        activityId: p.id,
        openid,
        name: nameOf(openid),
        status: 'confirmed',
        since: signedUpAt(i),
        ticket: ticketOf(p.id, openid),
        signedUpAt: signedUpAt(i),
        confirmedAt: signedUpAt(i),
        promotedAt: null,
        cancelledAt: null,
        checkedInAt: at,
        checkInMethod: attended ? attended[1] : null,
        recordedBy: byHand ? 'demo-secretary' : null,
        recordedByName: byHand ? nameOf('demo-secretary') : null,
        recordedAt: byHand ? at : null,
        log: byHand ? [{ at: at!, by: 'demo-secretary', byName: nameOf('demo-secretary'), action: 'mark_present' }] : [],
      };
      await store.put(SIGNUPS, signup);
    }
  }
}
