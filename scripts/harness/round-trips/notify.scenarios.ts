import { enqueue, outboxId, type OutboxDoc } from '../../../cloudfunctions/core/notify/outbox';
import { TIMER, type ScenarioTable } from './scenario';
import type { World } from './world';

/** One notification to the resident, due now: two messages (inbox and subscribe). */
async function notifyResident(world: World, event: string): Promise<void> {
  const now = world.clock.now();
  await world.store.transaction((tx) => enqueue(tx, now, { event, recipient: 'demo-resident', kind: 'community_notice', title: '社区通知', body: '本周六上午社区开展义诊。' }));
}

/** A subscribe message WeChat kept refusing, given up and listed for 西园's admins. */
async function deadLetter(world: World): Promise<string> {
  await notifyResident(world, 'trips:dead');
  const id = outboxId('trips:dead', 'demo-resident', 'subscribe');
  const now = world.clock.now();
  const dead: Partial<OutboxDoc> = { status: 'dead', attempts: 6, deadAt: now, lastError: '用户拒收', communityId: 'cm-xiyuan' };
  await world.store.update('outbox', id, { set: dead });
  return id;
}

export const NOTIFY_SCENARIOS: ScenarioTable['notify'] = {
  inbox: { '': { caller: 'demo-resident', input: () => ({}), budget: 2, check: (d) => (d.items.length > 0 ? null : 'expected the seeded welcome') } },
  unreadCount: { '': { caller: 'demo-resident', input: () => ({}), budget: 2 } },
  subscriptions: { 'a grid worker': { caller: 'demo-grid-worker', input: () => ({}), budget: 2 } },
  markRead: {
    all: { caller: 'demo-resident', input: () => ({ all: true }), budget: 4 },
    some: {
      caller: 'demo-resident',
      input: async (world) => ({ ids: (await world.call('demo-resident', 'notify', 'inbox', {})).items.map((i) => i.id) }),
      budget: 4,
    },
  },
  grantSubscribe: { '': { caller: 'demo-resident', input: () => ({ kinds: ['signup_confirmed', 'request_received'] }), budget: 8 } },
  dispatch: {
    'one notification (2 messages)': {
      caller: TIMER,
      input: async (world) => {
        await notifyResident(world, 'trips:dispatch');
        return {};
      },
      budget: 17,
      check: (d) => (d.claimed === 2 ? null : `claimed ${d.claimed}, expected 2`),
    },
  },
  deadLetters: {
    '': {
      caller: 'demo-admin',
      input: async (world) => {
        await deadLetter(world);
        return {};
      },
      budget: 4,
      check: (d) => (d.items.length === 1 ? null : `expected 1 dead letter, got ${d.items.length}`),
    },
  },
  retry: { '': { caller: 'demo-admin', input: async (world) => ({ ids: [await deadLetter(world)] }), budget: 4, check: (d) => (d.retried === 1 ? null : 'nothing retried') } },
};
