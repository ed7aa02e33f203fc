import type { Me } from '../../../types/functions/user';
import { CONSENT_TEXTS, type ConsentScope } from '../../../types/privacy';
import { readsOf } from '../audit/reads';
import { invalid } from '../kernel/domain-error';
import { communityPublic, resolveScene } from '../org/community';
import { allCommunities, getUnit, unitsByIds, type UnitDoc } from '../org/org.repository';
import type { ActionContext } from '../kernel/context';
import { maskPhone } from '../kernel/mask';
import type { Update } from '../store/port';
import { findUser, insertUserIfAbsent, updateUser, type UserDoc } from '../kernel/users';
import { claimFirstAdmin } from './first-admin';

const NEW_RESIDENT_NAME = '新居民';

/**
 * The units a record names: its community and building, and the grid and street above them. The path of the home
 * the record keeps names them all, so one read finds them (a record without it takes a second); units the caller
 * has just read are not read again.
 */
async function placesOf(ctx: ActionContext, user: UserDoc | null, known: readonly UnitDoc[]): Promise<Map<string, UnitDoc>> {
  const units = new Map(known.map((u) => [u.id, u]));
  const read = async (ids: ReadonlyArray<string | null | undefined>) => {
    const missing = ids.filter((id): id is string => typeof id === 'string' && !units.has(id));
    if (missing.length > 0) for (const [id, unit] of await unitsByIds(ctx.store, missing)) units.set(id, unit);
  };
  await read([user?.communityId, user?.buildingId, ...(user?.homePath ?? [])]);
  await read([user?.buildingId ? units.get(user.buildingId)?.parentId : undefined, user?.communityId ? units.get(user.communityId)?.parentId : undefined]);
  return units;
}

async function describe(ctx: ActionContext, user: UserDoc | null, known: readonly UnitDoc[] = []): Promise<Me> {
  const units = await placesOf(ctx, user, known);
  const community = (user?.communityId && units.get(user.communityId)) || null;
  const building = (user?.buildingId && units.get(user.buildingId)) || null;
  const grid = (building?.parentId && units.get(building.parentId)) || null;
  const street = (community?.parentId && units.get(community.parentId)) || null;
  return {
    openid: ctx.caller.openid,
    name: user?.name ?? NEW_RESIDENT_NAME,
    named: Boolean(user && user.name !== NEW_RESIDENT_NAME),
    phoneMasked: maskPhone(user?.phone),
    roles: user?.roles ?? [{ role: 'resident' }],
    community: community ? communityPublic(community, street) : null,
    buildingId: building?.id ?? null,
    buildingName: building?.name ?? null,
    gridName: grid?.name ?? null,
    consents: user?.consents ?? {},
  };
}

/** Creates the caller's record on their first write; a concurrent first call creating it too is fine. */
async function ensureUser(ctx: ActionContext, name: string): Promise<void> {
  if (ctx.caller.user) return;
  const now = ctx.clock.now();
  await insertUserIfAbsent(ctx.store, { _id: ctx.caller.openid, name, roles: [{ role: 'resident' }], createdAt: now, updatedAt: now });
}

export async function communities(ctx: ActionContext) {
  const units = await allCommunities(ctx.store);
  const streets = await unitsByIds(ctx.store, units.flatMap((u) => (u.parentId ? [u.parentId] : [])));
  return { communities: units.map((u) => ({ id: u.id, name: u.name, streetName: (u.parentId && streets.get(u.parentId)?.name) || '' })) };
}

export async function me(ctx: ActionContext): Promise<Me> {
  return describe(ctx, ctx.caller.user);
}

/** The building already registered for the caller, if any. */
async function knownBuilding(ctx: ActionContext): Promise<UnitDoc | null> {
  const id = ctx.caller.user?.buildingId;
  return id ? getUnit(ctx.store, id) : null;
}

/** Binds the caller to the community (and building) carried by a scanned QR code; creates the record on first entry. */
export async function enter(ctx: ActionContext, scene: string): Promise<Me> {
  const residence = await resolveScene(ctx.store, scene);
  const now = ctx.clock.now();
  // A code without a building keeps the building already known in that community.
  const movedAway = ctx.caller.user?.communityId !== residence.community.id;
  const building = residence.building ?? (movedAway ? null : await knownBuilding(ctx));
  const binding = { communityId: residence.community.id, homePath: (building ?? residence.community).path, updatedAt: now, ...(residence.building ? { buildingId: residence.building.id } : {}) };
  const update: Update<UserDoc> = { set: binding, unset: !residence.building && movedAway ? ['buildingId'] : [] };
  await ensureUser(ctx, NEW_RESIDENT_NAME);
  await updateUser(ctx.store, ctx.caller.openid, update);
  return describe(ctx, await findUser(ctx.store, ctx.caller.openid), building ? [residence.community, building] : [residence.community]);
}

export async function updateProfile(ctx: ActionContext, input: { name: string; phone?: string | undefined }): Promise<Me> {
  const now = ctx.clock.now();
  await ensureUser(ctx, input.name);
  await updateUser(ctx.store, ctx.caller.openid, { set: { name: input.name, updatedAt: now, ...(input.phone ? { phone: input.phone } : {}) } });
  return describe(ctx, await findUser(ctx.store, ctx.caller.openid));
}

/**
 * Records a consent at the version the person read, or withdraws a sensitive one (the basic guide is withdrawn by
 * deleting the account). Agreeing again to the same version changes nothing.
 */
export async function consent(ctx: ActionContext, input: { scope: ConsentScope; version: string; agree: boolean }): Promise<Me> {
  const text = CONSENT_TEXTS[input.scope];
  if (input.version !== text.version) throw invalid(`《${text.title}》已更新，请阅读新版后再同意`, { version: '版本已更新' });
  if (!input.agree && input.scope === 'basic') throw invalid('不同意隐私保护指引将无法使用本小程序；如需删除个人信息，请在“我的数据”中注销账号');
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();
  if (input.agree) {
    if (ctx.caller.user?.consents?.[input.scope]?.version === text.version) return describe(ctx, ctx.caller.user);
    await ensureUser(ctx, NEW_RESIDENT_NAME);
    await updateUser(ctx.store, openid, { set: { [`consents.${input.scope}`]: { version: text.version, at: now }, updatedAt: now } });
  } else if (ctx.caller.user?.consents?.[input.scope]) {
    await updateUser(ctx.store, openid, { unset: [`consents.${input.scope}`], set: { updatedAt: now } });
  }
  return describe(ctx, await findUser(ctx.store, openid));
}

export async function whoReadMyData(ctx: ActionContext) {
  return { items: await readsOf(ctx.store, ctx.caller.openid) };
}

/** The first street administrator's activation (first-admin.ts); answers with who they are now. */
export async function claimAdmin(ctx: ActionContext, code: string): Promise<Me> {
  await claimFirstAdmin(ctx, code);
  return describe(ctx, await findUser(ctx.store, ctx.caller.openid));
}
