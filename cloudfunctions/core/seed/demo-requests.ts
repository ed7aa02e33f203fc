import type { ActionContext } from '../kernel/context';
import { parseAppConfig } from '../kernel/config';
import { findUser } from '../kernel/users';
import { accept, resolve, rate, start } from '../grid/lifecycle.service';
import { submitReport, type ReportInput } from '../grid/report.service';
import { handOff, transfer } from '../grid/transfer.service';
import { requestId } from '../grid/request.repository';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/port';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * What the seed's steps need of WeChat: no photos, no codes, nothing sent. The texts are the seed's own, written
 * here, so they pass the content check as they are.
 */
const SEED_PLATFORM: Platform = {
  subscribe: { send: async () => ({ ok: true }) },
  contentCheck: { text: async () => ({ verdict: 'pass' }) },
  files: { pathOf: () => null, read: async () => null, tempUrls: async () => ({}), write: async (path) => path },
  mediaCheck: { image: async () => ({ verdict: 'review' }) },
  miniCode: { unlimited: async () => null },
};

/**
 * A few requests of the 西园社区 demo residents in different states, made through the same steps as the app (so
 * their timelines, clocks and counters are real): one being worked on, one waiting to be accepted, one closed with
 * a rating, one handed by the street to a department, and one nobody accepted (the escalation timer takes it up).
 * Their messages are left out, so every demo inbox opens with the welcome.
 */
export async function seedDemoRequests(store: Store, now: number): Promise<void> {
  if (await store.get('service_requests', requestId('demo-resident', 'demo-streetlight'))) return;
  let at = now;
  const config = parseAppConfig({ secret: 'demo-seed-secret-not-used-for-signing-anything' });
  const as = async (openid: string): Promise<ActionContext> => ({ store, clock: { now: () => at }, config, platform: SEED_PLATFORM, caller: { openid, user: await findUser(store, openid) } });
  const report = async (openid: string, key: string, input: Omit<ReportInput, 'idempotencyKey' | 'photos'>) => (await submitReport(await as(openid), { ...input, photos: [], idempotencyKey: key })).request.id;

  at = now - 26 * HOUR;
  const light = await report('demo-resident', 'demo-streetlight', { category: 'streetlight', description: '3栋东侧单元门口的路灯连续三晚不亮，老人晚上出门看不清台阶。' });
  at += HOUR;
  await accept(await as('demo-grid-worker'), light, undefined);
  await start(await as('demo-grid-worker'), light);

  at = now - HOUR;
  await report('demo-resident-2', 'demo-garbage', { category: 'garbage', description: '6栋楼下垃圾桶已满两天没有清运，气味很大。' });

  at = now - 10 * DAY;
  const road = await report('demo-resident', 'demo-road', { category: 'road', description: '西园路人行道有几块地砖松动翘起，容易绊倒。' });
  at += HOUR;
  await accept(await as('demo-grid-worker'), road, undefined);
  at += DAY;
  await resolve(await as('demo-grid-worker'), road, '已联系市政养护，松动地砖已重新铺设。', []);
  at += DAY;
  await rate(await as('demo-resident'), road, 'satisfied', '修得很快，谢谢网格员。');

  at = now - 3 * DAY;
  const noise = await report('demo-resident-2', 'demo-noise', { category: 'noise', description: '小区外商铺夜间装修施工到凌晨，影响休息。' });
  at += 2 * HOUR;
  await transfer(await as('demo-grid-worker-2'), noise, { kind: 'street' }, '夜间施工噪音由生态环境部门查处，超出社区职权');
  at += HOUR;
  await handOff(await as('demo-street-admin'), noise, '区生态环境局', 'HB-DEMO-001');

  at = now - 6 * DAY;
  await report('demo-resident', 'demo-parking', { category: 'parking', description: '消防通道上长期停着两辆私家车。' });

  await store.removeWhere('outbox', { event: { $gte: 'rq:', $lt: 'rq;' } });
}
