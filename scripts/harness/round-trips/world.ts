import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTIONS } from '../../../cloudfunctions/core/functions';
import { parseAppConfig } from '../../../cloudfunctions/core/kernel/config';
import type { Deps } from '../../../cloudfunctions/core/kernel/context';
import { runAction } from '../../../cloudfunctions/core/kernel/run-action';
import type { UserDoc } from '../../../cloudfunctions/core/kernel/users';
import type { Store } from '../../../cloudfunctions/core/store/port';
import { SqliteStore } from '../../../cloudfunctions/core/store/sqlite/sqlite-store';
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../../types/api';
import type { Role } from '../../../types/roles';
import { loadNotifyConfig } from '../../host/notify-config';
import { openData } from '../../host/open-data';
import { ManualClock } from '../manual-clock';
import { stubPlatform } from '../stub-platform';
import { TEST_NOW } from '../test-now';

/**
 * The seeded store a round-trip scenario starts from: the demo seed as the local host writes it on first start, one
 * fresh copy per scenario (a file copy of a store seeded once), so that no scenario sees another's writes and each
 * count is the same on every run. Setup calls go through the same handlers, uncounted.
 */
export interface World {
  store: Store;
  clock: ManualClock;
  deps: Deps;
  /** Runs an action as `openid` (uncounted) and returns its data, or throws with its error. */
  call<F extends FunctionName, A extends ActionName<F>>(openid: string, fn: F, action: A, input: InputOf<F, A>): Promise<OutputOf<F, A>>;
  /** A user written as an administrator's grant writes one: each role with its unit's path, and their home's. */
  addUser(id: string, grants: Array<{ role: Role; unitId?: string }>, home?: { communityId: string; buildingId?: string }): Promise<UserDoc>;
  close(): Promise<void>;
}

export interface Worlds {
  /** A fresh copy of the seeded store, with its clock at TEST_NOW. */
  open(): Promise<World>;
  close(): Promise<void>;
}

/** Seeds once into a temporary directory; every world is a copy of that file. */
export async function seededWorlds(): Promise<Worlds> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-trips-'));
  const notify = loadNotifyConfig({});
  const seeded = await openData(dir, TEST_NOW, notify);
  // Closing checkpoints the write-ahead log into the file, so a plain copy holds everything.
  await seeded.store.close();
  const config = parseAppConfig({ secret: seeded.secret, notify });
  let n = 0;
  return {
    async open() {
      const file = join(dir, `world-${++n}.sqlite`);
      copyFileSync(join(dir, 'hub.sqlite'), file);
      return worldOn(new SqliteStore(file), config, async () => rmSync(file, { force: true }));
    },
    async close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function worldOn(store: Store, config: Deps['config'], removeFile: () => Promise<void>): World {
  const clock = new ManualClock(TEST_NOW);
  const deps: Deps = { store, clock, config, platform: stubPlatform() };
  const world: World = {
    store,
    clock,
    deps,
    call: (async (openid: string, fn: FunctionName, action: string, input: unknown) => {
      const res = await runAction(FUNCTIONS[fn], { action, data: input }, openid, deps);
      if (!res.ok) throw new Error(`setup ${fn}.${action} as ${openid}: ${res.error.code} ${res.error.message}`);
      return res.data;
    }) as World['call'],
    async addUser(id, grants, home) {
      const pathOf = async (unitId: string) => (await store.get('units', unitId))?.path;
      const roles = await Promise.all(grants.map(async (g) => (g.unitId ? { ...g, unitPath: await pathOf(g.unitId) } : g)));
      const homeId = home?.buildingId ?? home?.communityId;
      const homePath = homeId ? await pathOf(homeId) : undefined;
      const user: UserDoc = { _id: id, name: `测试${id.slice(-4)}`, roles, ...home, ...(homePath ? { homePath } : {}), createdAt: TEST_NOW, updatedAt: TEST_NOW };
      await store.put('users', user);
      return user;
    },
    async close() {
      await store.close();
      await removeFile();
    },
  };
  return world;
}
