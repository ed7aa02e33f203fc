import { AUDIT, type AuditDoc } from '../audit/audit';
import { DATA_READS, type DataReadDoc } from '../audit/reads';
import type { UserDoc } from '../kernel/users';
import type { DocOf } from '../store/collections';
import type { CounterDoc } from '../store/count-up';
import { ERASED_NAME, nobody, remove, union, type HoldsPeople } from '../store/personal-data';

/**
 * The person's record: removed last, once everything else is erased (it carries the erasure's progress until then).
 * Rate windows and the erasure itself are bookkeeping, left out of the export.
 */
const users: HoldsPeople<UserDoc> = {
  holds: 'people',
  label: '账号与个人资料',
  fields: ['_id', 'name', 'phone', 'buildingId', 'homePath', 'household', 'consents'],
  find: async (store, openid) => {
    const user = await store.get('users', openid);
    return user ? [user] : [];
  },
  export: (u) => ({ openid: u._id, name: u.name, phone: u.phone ?? null, roles: u.roles.map((g) => ({ role: g.role, unitId: g.unitId ?? null })), communityId: u.communityId ?? null, buildingId: u.buildingId ?? null, household: u.household ?? null, consents: u.consents ?? {}, createdAt: u.createdAt, updatedAt: u.updatedAt }),
  erase: () => remove,
};

/** Per-person counters (daily quotas) go; the city's counters (request numbers) hold nobody. */
const counters: HoldsPeople<CounterDoc> = {
  holds: 'people',
  label: '每日提交次数',
  fields: ['openid', '_id'],
  find: (store, openid) => store.find('counters', { openid }, { limit: 1000 }),
  export: (c) => ({ counter: c._id.split(':')[0], day: c._id.split(':').at(-1), count: c.n }),
  erase: () => remove,
};

/** The trail stays whole: the account becomes the alias, its roles and units then are kept, the name label goes. */
const audit: HoldsPeople<AuditDoc> = {
  holds: 'people',
  label: '您作为工作人员的操作记录',
  fields: ['actor', 'actorName'],
  find: (store, openid) => store.find(AUDIT, { actor: openid }, { limit: 1000 }),
  export: (a) => ({ at: a.at, action: a.action, unitId: a.unitId, target: a.target }),
  erase: (_a, { alias }) => ({ kind: 'update', update: { set: { actor: alias, actorName: ERASED_NAME } } }),
};

/** Reads of the person's data lose the person (gone with the last of them); reads they made keep their role, not them. */
const data_reads: HoldsPeople<DataReadDoc> = {
  holds: 'people',
  label: '敏感信息查阅记录',
  fields: ['reader', 'subjects'],
  find: (store, openid) => union(store.find(DATA_READS, { subjects: { $has: openid } }, { limit: 1000 }), store.find(DATA_READS, { reader: openid }, { limit: 1000 })),
  export: (r, openid) => (r.reader === openid ? { youRead: r.what, action: r.action, at: r.at, people: r.subjects.length } : { readBy: r.actorRoles.map((g) => g.role), what: r.what, action: r.action, at: r.at }),
  erase: (r, { openid, alias }) => {
    if (r.reader === openid) return { kind: 'update', update: { set: { reader: alias } } };
    return r.subjects.length === 1 ? remove : { kind: 'update', update: { pull: { subjects: openid } } };
  },
};

/**
 * The first street administrator's activation: the record that the one-time code was spent stays (so it can never be
 * claimed again), with the claimant anonymised.
 */
const first_admin: HoldsPeople<DocOf<'first_admin'>> = {
  holds: 'people',
  label: '街道管理员激活',
  fields: ['claimedBy'],
  find: (store, openid) => store.find('first_admin', { claimedBy: openid }, { limit: 10 }),
  export: (f) => ({ streetId: f.streetId, claimedAt: f.claimedAt }),
  erase: (_f, { alias }) => ({ kind: 'update', update: { set: { claimedBy: alias } } }),
};

export const CORE_PERSONAL_DATA = {
  first_admin,
  meta: nobody('version stamps of the catalog and of the seed'),
  units: nobody('the org tree: streets, communities, grids and buildings, public'),
  counters,
  audit,
  data_reads,
  users,
} as const;
