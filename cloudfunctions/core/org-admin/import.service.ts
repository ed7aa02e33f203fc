import type { ImportKind, ImportResult } from '../../../types/functions/org';
import { requireAdministered } from '../access/scope';
import { recordAudit } from '../audit/audit';
import type { ActionContext } from '../kernel/context';
import { invalid } from '../kernel/domain-error';
import { setRoles, staffWithin, type StoredGrant } from '../kernel/users';
import type { TxOps } from '../store/port';
import { errorFields, readRows, RowChecker, type CellError } from './csv-rows';
import { childrenOf, unitsByIds, type UnitDoc } from '../org/org.repository';

type Plan = { errors: CellError[]; write: (tx: TxOps) => Promise<void>; count: number };

const GRID_TYPES = { 综合网格: 'general', 专属网格: 'dedicated' } as const;
const DUTIES = { 在岗: 'on_duty', 替班: 'deputy' } as const;

/** Grids: 网格编码, 网格名称, 网格类型 (综合网格/专属网格), 党组织名称 (optional). New ones are added, existing ones renamed. */
async function planGrids(ctx: ActionContext, community: UnitDoc, text: string): Promise<Plan> {
  const { rows, errors } = readRows(text, ['网格编码', '网格名称', '网格类型', '党组织名称'], ['网格编码', '网格名称', '网格类型']);
  const existing = await unitsByIds(ctx.store, rows.map((r) => r.cells.网格编码 ?? ''));
  const seen = new Set<string>();
  const units: UnitDoc[] = [];
  for (const row of rows) {
    const check = new RowChecker(row);
    const id = check.unitId('网格编码', 'gd');
    const name = check.text('网格名称', { max: 40 });
    const gridType = check.oneOf('网格类型', GRID_TYPES);
    const partyOrgName = check.text('党组织名称', { required: false }) ?? (name ? `${name}党支部` : null);
    const known = id ? existing.get(id) : undefined;
    if (id && seen.has(id)) check.fail('网格编码', '与前面的行重复');
    else if (known && known.parentId !== community.id) check.fail('网格编码', '已被其他单位使用');
    if (id) seen.add(id);
    errors.push(...check.errors);
    if (check.errors.length === 0 && id && name && gridType && partyOrgName) {
      units.push({ ...(known ?? {}), _id: id, id, kind: 'grid', name, partyOrgName, gridType, parentId: community.id, path: [...community.path, id] });
    }
  }
  const write = async (tx: TxOps) => {
    for (const u of units) await tx.put('units', u);
    // Routing keeps each community's grid map (and its grids' names) until its revision moves.
    await tx.update('units', community.id, { inc: { mapRevision: 1 } });
  };
  return { errors, count: units.length, write };
}

/** Buildings: 楼栋编码, 楼栋名称, 所属网格编码, 经度, 纬度 (optional, GCJ-02). A building never moves between grids here. */
async function planBuildings(ctx: ActionContext, community: UnitDoc, text: string): Promise<Plan> {
  const { rows, errors } = readRows(text, ['楼栋编码', '楼栋名称', '所属网格编码', '经度', '纬度'], ['楼栋编码', '楼栋名称', '所属网格编码']);
  const grids = new Map((await childrenOf(ctx.store, [community.id])).filter((u) => u.kind === 'grid').map((g) => [g.id, g]));
  const existing = await unitsByIds(ctx.store, rows.map((r) => r.cells.楼栋编码 ?? ''));
  const seen = new Set<string>();
  const units: UnitDoc[] = [];
  for (const row of rows) {
    const check = new RowChecker(row);
    const id = check.unitId('楼栋编码', 'bd');
    const name = check.text('楼栋名称', { max: 40 });
    const gridId = check.unitId('所属网格编码', 'gd');
    const location = check.point('经度', '纬度');
    const grid = gridId ? grids.get(gridId) : undefined;
    if (gridId && !grid) check.fail('所属网格编码', '本社区没有这个网格，请先导入网格');
    const known = id ? existing.get(id) : undefined;
    if (id && seen.has(id)) check.fail('楼栋编码', '与前面的行重复');
    else if (known && known.parentId !== gridId) check.fail('楼栋编码', known.path.includes(community.id) ? `已属于${grids.get(known.parentId ?? '')?.name ?? '其他网格'}，不能在导入时改变所属网格` : '已被其他单位使用');
    if (id) seen.add(id);
    errors.push(...check.errors);
    if (check.errors.length === 0 && id && name && grid && location !== null) {
      units.push({ ...(known ?? {}), _id: id, id, kind: 'building', name, partyOrgName: `${name}党小组`, parentId: grid.id, path: [...grid.path, id], ...(location ? { location } : {}) });
    }
  }
  return { errors, count: units.length, write: async (tx) => { for (const u of units) await tx.put('units', u); } };
}

/**
 * Duty rosters: 网格编码, 姓名, 手机号, 值守 (在岗/替班). Each row names a grid worker already appointed to that grid
 * (by invitation) and sets their duty; a grid has at most one worker on duty.
 */
async function planRosters(ctx: ActionContext, community: UnitDoc, text: string): Promise<Plan> {
  const { rows, errors } = readRows(text, ['网格编码', '姓名', '手机号', '值守'], ['网格编码', '姓名', '手机号', '值守']);
  const workers = (await staffWithin(ctx.store, community.id)).filter((u) => u.roles.some((g) => g.role === 'grid_worker'));
  const duties = new Map<string, Map<string, 'on_duty' | 'deputy'>>();
  const onDuty = new Map<string, number>();
  for (const row of rows) {
    const check = new RowChecker(row);
    const gridId = check.unitId('网格编码', 'gd');
    const name = check.text('姓名', { max: 20 });
    const phone = check.text('手机号', { max: 11 });
    const duty = check.oneOf('值守', DUTIES);
    const worker = workers.find((w) => w.name === name && w.phone === phone && w.roles.some((g) => g.role === 'grid_worker' && g.unitId === gridId));
    if (gridId && name && phone && !worker) check.fail('姓名', '该网格没有这位网格员（姓名和手机号须与任命时一致），请先发出邀请');
    if (gridId && duty === 'on_duty') {
      if (onDuty.has(gridId)) check.fail('值守', `与第${onDuty.get(gridId)}行重复：每个网格只能有一位在岗网格员`);
      else onDuty.set(gridId, row.line);
    }
    errors.push(...check.errors);
    if (check.errors.length === 0 && worker && gridId && duty) (duties.get(worker._id) ?? duties.set(worker._id, new Map()).get(worker._id)!).set(gridId, duty);
  }
  // The file's duties; and on a grid given a worker on duty, whoever else was on duty there becomes a deputy.
  const changes = new Map<string, StoredGrant[]>();
  for (const w of workers) {
    const roles = w.roles.map((g) => {
      if (g.role !== 'grid_worker' || !g.unitId) return g;
      const duty = duties.get(w._id)?.get(g.unitId) ?? (g.duty === 'on_duty' && onDuty.has(g.unitId) ? 'deputy' : g.duty);
      return duty === g.duty ? g : { ...g, duty };
    });
    if (roles.some((g, i) => g !== w.roles[i])) changes.set(w._id, roles);
  }
  const now = ctx.clock.now();
  return {
    errors,
    count: rows.length,
    write: async (tx) => {
      for (const [openid, roles] of changes) await setRoles(tx, openid, roles, now);
    },
  };
}

const PLANS: Record<ImportKind, (ctx: ActionContext, community: UnitDoc, text: string) => Promise<Plan>> = { grids: planGrids, buildings: planBuildings, rosters: planRosters };
const KIND_NAMES: Record<ImportKind, string> = { grids: '网格', buildings: '楼栋', rosters: '值守表' };

/** A community admin's CSV import of grids, buildings or duty rosters: all rows or none, errors by line and column. */
export async function importCsv(ctx: ActionContext, communityId: string, kind: ImportKind, csv: string): Promise<ImportResult> {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  const plan = await PLANS[kind](ctx, community, csv);
  if (plan.errors.length > 0) {
    throw invalid(`${KIND_NAMES[kind]}导入失败：共${plan.errors.length}处错误，没有导入任何数据，请修改后重新导入`, errorFields(plan.errors));
  }
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    await plan.write(tx);
    await recordAudit(tx, now, ctx.caller, { unitId: community.id, action: `org.import.${kind}`, target: community.id, changes: [{ field: kind, before: null, after: `${plan.count}行` }] });
  });
  return { kind, imported: plan.count };
}
