import type { TestHost } from '../../scripts/harness/test-host';
import type { InputOf } from '../../types/api';

const SCENE: Record<string, string> = { 'cm-xiyuan': 'cm-xiyuan', 'cm-dongqiao': 'cm-dongqiao' };

/** A resident of a building with a household verified by the community's admin (and ownership, given an area). */
export async function verifiedResident(host: TestHost, openid: string, buildingId: string, entrance: number, room: string, ownerArea?: number): Promise<void> {
  const communityId = buildingId.startsWith('bd-xiyuan') ? 'cm-xiyuan' : 'cm-dongqiao';
  const admin = communityId === 'cm-xiyuan' ? 'demo-admin' : 'demo-admin-2';
  await host.callOk(openid, 'user', 'enter', { scene: `${SCENE[communityId]}~${buildingId}` });
  const claim = await host.callOk(openid, 'household', 'claim', { buildingId, entrance, room });
  const pending = (await host.callOk(admin, 'household', 'pending', { kind: 'household' })).items.find((c) => c.id === claim.id)!;
  await host.callOk(admin, 'household', 'verify', { id: claim.id, rev: pending.rev, approve: true });
  if (ownerArea === undefined) return;
  await host.callOk(openid, 'household', 'claimOwner', { area: ownerArea });
  const owner = (await host.callOk(admin, 'household', 'pending', { kind: 'owner' })).items.find((c) => c.id === claim.id)!;
  await host.callOk(admin, 'household', 'verifyOwner', { id: claim.id, rev: owner.rev, approve: true });
}

let forms = 0;

/** A consultation of 西园 opened by its secretary, closing in a day unless told; each call a new form (its own key). */
export function consultation(host: TestHost, overrides: Partial<InputOf<'governance', 'openTopic'>> = {}): InputOf<'governance', 'openTopic'> {
  return {
    communityId: 'cm-xiyuan',
    kind: 'consultation',
    title: '西园3栋楼顶晾晒区改造',
    body: '拟将3栋楼顶改造为公共晾晒区，请各户发表意见。',
    documents: [{ title: '改造方案', summary: '晾衣架二十组，防滑地面，晚十点锁门。' }],
    buildingIds: ['bd-xiyuan-03'],
    options: ['同意', '不同意'],
    deadline: host.clock.now() + 24 * 3_600_000,
    consultation: { basis: 'household', eligible: 12, quorum: { num: 1, den: 2 }, passing: 'more_than_half' },
    idempotencyKey: `topic-form-${++forms}`,
    ...overrides,
  };
}
