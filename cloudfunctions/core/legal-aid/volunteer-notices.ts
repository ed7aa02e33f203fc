import { LEGAL_PAGES } from '../../../types/legal-aid-names';
import { enqueue } from '../notify/outbox';
import type { TxOps } from '../store/port';
import type { VolunteerDoc } from './volunteer.repository';

/** The applicant hears the decision on their application (one message per application round). */
export async function volunteerDecided(tx: TxOps, now: number, v: VolunteerDoc): Promise<void> {
  const approved = v.status === 'verified';
  await enqueue(tx, now, {
    event: `legal:volunteer:${v._id}:r${v.round}:decided`,
    recipient: v.openid,
    kind: 'volunteer_decided',
    title: approved ? '法律援助志愿者申请已通过' : '法律援助志愿者申请未通过',
    body: approved ? `欢迎加入${v.unitName}，请设置您的值班时间` : `${v.unitName}：${v.rejectReason ?? ''}`,
    link: approved ? LEGAL_PAGES.hours : LEGAL_PAGES.apply,
    fields: { status: approved ? '已通过' : '未通过' },
  });
}
