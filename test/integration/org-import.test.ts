import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import type { UnitDoc } from '../../cloudfunctions/core/org/org.repository';
import type { Store } from '../../cloudfunctions/core/store/port';
import { snapshotData } from '../support/db-snapshot';
import { newResident, reported } from '../support/grid-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const store = () => host.store as unknown as Store;
const importCsv = (kind: 'grids' | 'buildings' | 'rosters', csv: string, who = 'demo-admin') => host.call(who, 'org', 'importCsv', { communityId: 'cm-xiyuan', kind, csv });
const unit = (id: string) => store().get('units', id) as Promise<UnitDoc | null>;

describe('importing the org tree from CSV', () => {
  it('adds and renames grids, 综合网格 or 专属网格, with a BOM and quoted cells as spreadsheets write them', async () => {
    const csv = '\uFEFF网格编码,网格名称,网格类型,党组织名称\r\ngd-xiyuan-3,"西园农贸市场专属网格",专属网格,西园市场党支部\r\ngd-xiyuan-2,西园第二网格（南）,综合网格,\r\n';
    expect((await importCsv('grids', csv)).data).toEqual({ kind: 'grids', imported: 2 });
    expect(await unit('gd-xiyuan-3')).toMatchObject({ kind: 'grid', name: '西园农贸市场专属网格', gridType: 'dedicated', partyOrgName: '西园市场党支部', parentId: 'cm-xiyuan', path: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-3'] });
    // Renamed, its boundary kept.
    expect(await unit('gd-xiyuan-2')).toMatchObject({ name: '西园第二网格（南）', gridType: 'general', partyOrgName: '西园第二网格（南）党支部', boundary: expect.any(Array) });
    const [audit] = await host.store.find<{ _id: string; actor: string; changes: unknown }>('audit', { action: 'org.import.grids' });
    expect(audit).toMatchObject({ actor: 'demo-admin', changes: [{ field: 'grids', before: null, after: '2行' }] });
  });

  it('imports nothing from a file with any error, and says where each one is', async () => {
    const before = snapshotData(host.dataDir);
    const csv = [
      '楼栋编码,楼栋名称,所属网格编码,经度,纬度',
      'bd-xiyuan-31,市场1号楼,gd-xiyuan-3,104.089,30.655',
      'bd-xiyuan-32,市场2号楼,gd-xiyuan-9,,',
      'BD-XY-33,市场3号楼,gd-xiyuan-3,104.089,',
      'bd-xiyuan-31,重复的楼,gd-xiyuan-3,,',
      'bd-xiyuan-01,西园1栋,gd-xiyuan-2,,',
      'bd-dongqiao-01,东桥1栋,gd-xiyuan-3,,',
    ].join('\n');
    const res = await importCsv('buildings', csv);
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(res.error?.message).toBe('楼栋导入失败：共6处错误，没有导入任何数据，请修改后重新导入');
    expect(res.error?.fields).toEqual({
      '第3行「所属网格编码」': '本社区没有这个网格，请先导入网格',
      '第4行「楼栋编码」': '编码须以“bd-”开头，只用小写字母、数字和短横线，如 bd-xiyuan-3',
      '第4行「纬度」': '经纬度须成对填写，且在服务范围内（如 104.081 和 30.652）',
      '第5行「楼栋编码」': '与前面的行重复',
      '第6行「楼栋编码」': '已属于西园第一网格，不能在导入时改变所属网格',
      '第7行「楼栋编码」': '已被其他单位使用',
    });
    expect(snapshotData(host.dataDir)).toEqual(before);
    expect(await unit('bd-xiyuan-31')).toBeNull();

    const fixed = await importCsv('buildings', '楼栋编码,楼栋名称,所属网格编码,经度,纬度\nbd-xiyuan-31,市场1号楼,gd-xiyuan-3,104.089,30.655\nbd-xiyuan-32,市场2号楼,gd-xiyuan-3,,');
    expect(fixed.data?.imported).toBe(2);
    expect(await unit('bd-xiyuan-31')).toMatchObject({ parentId: 'gd-xiyuan-3', path: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-3', 'bd-xiyuan-31'], location: { lng: 104.089, lat: 30.655 } });
  });

  it.each([
    ['a column it does not know', '网格编码,网格名称,网格类型,面积\ngd-xiyuan-4,四网格,综合网格,3', '第1行「面积」'],
    ['a missing column', '网格编码,网格名称\ngd-xiyuan-4,四网格', '第1行「网格类型」'],
    ['a type it does not know', '网格编码,网格名称,网格类型\ngd-xiyuan-4,四网格,大网格', '第2行「网格类型」'],
    ['an unclosed quote', '网格编码,网格名称,网格类型\ngd-xiyuan-4,"四网格,综合网格', '第2行'],
    ['a header and nothing else', '网格编码,网格名称,网格类型\n', '第1行'],
  ])('refuses %s', async (_label, csv, field) => {
    const before = snapshotData(host.dataDir);
    const res = await importCsv('grids', csv);
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(Object.keys(res.error?.fields ?? {})).toContain(field);
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('sets grid workers’ duties from a roster, one worker on duty per grid', async () => {
    const refused = await importCsv('rosters', '网格编码,姓名,手机号,值守\ngd-xiyuan-1,杨网格员,13800000042,在岗\ngd-xiyuan-1,吴网格员,13800000041,在岗\ngd-xiyuan-2,王建国,13800000001,替班');
    expect(refused.error?.fields).toEqual({
      '第3行「值守」': '与第2行重复：每个网格只能有一位在岗网格员',
      '第4行「姓名」': '该网格没有这位网格员（姓名和手机号须与任命时一致），请先发出邀请',
    });
    expect((await importCsv('rosters', '网格编码,姓名,手机号,值守\ngd-xiyuan-1,杨网格员,13800000042,在岗')).data?.imported).toBe(1);
    const duty = async (openid: string) => ((await store().get('users', openid)) as UserDoc).roles.find((g) => g.unitId === 'gd-xiyuan-1')?.duty;
    expect([await duty('demo-grid-worker-2'), await duty('demo-grid-worker')]).toEqual(['on_duty', 'deputy']);
    const resident = await newResident(host);
    const id = await reported(host, resident);
    expect((await host.call(resident, 'grid', 'get', { id })).data?.holderName).toBe('杨网格员');
  });

  it('lets only the community’s admins import', async () => {
    const csv = '网格编码,网格名称,网格类型\ngd-dongqiao-9,东桥九网格,综合网格';
    expect((await host.call('demo-admin', 'org', 'importCsv', { communityId: 'cm-dongqiao', kind: 'grids', csv })).error?.code).toBe('FORBIDDEN');
    expect((await host.callRaw('demo-grid-worker', 'org', 'importCsv', { communityId: 'cm-xiyuan', kind: 'grids', csv })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-street-admin', 'org', 'importCsv', { communityId: 'cm-dongqiao', kind: 'grids', csv })).data?.imported).toBe(1);
  });
});
