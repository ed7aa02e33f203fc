import type { UnitDoc } from '../org/org.repository';

const HOURS = '周一至周五 8:30-12:00 14:00-17:30，周六 9:00-12:00';

function unit(id: string, kind: UnitDoc['kind'], name: string, partyOrgName: string, parent: UnitDoc | null, extra: Partial<UnitDoc> = {}): UnitDoc {
  return { _id: id, id, kind, name, partyOrgName, parentId: parent?.id ?? null, path: [...(parent?.path ?? []), id], ...extra };
}

const street = unit('st-jinhua', 'street', '锦华街道', '锦华街道党工委', null);

const xiyuan = unit('cm-xiyuan', 'community', '西园社区', '西园社区党支部', street, {
  mapRevision: 1,
  centers: [
    { center: 'party-mass', address: '锦华街道西园路18号 西园社区党群服务中心一楼', hours: HOURS, phone: '028-8600-1801' },
    { center: 'governance', address: '锦华街道西园路18号 党群服务中心二楼 综治中心', hours: `${HOURS}（矛盾纠纷随时受理）`, phone: '028-8600-1802' },
    { center: 'civilization', address: '锦华街道西园路20号 新时代文明实践站', hours: '周二至周日 9:00-12:00 14:30-20:30', phone: '028-8600-1803' },
  ],
});
const dongqiao = unit('cm-dongqiao', 'community', '东桥社区', '东桥社区党支部', street, {
  mapRevision: 1,
  centers: [
    { center: 'party-mass', address: '锦华街道东桥街6号 东桥社区党群服务中心', hours: HOURS, phone: '028-8600-2801' },
    { center: 'governance', address: '锦华街道东桥街6号 综治中心（群众工作站）', hours: HOURS, phone: '028-8600-2802' },
    { center: 'civilization', address: '锦华街道东桥街8号 新时代文明实践站', hours: '周二至周日 9:00-12:00 14:30-20:30', phone: '028-8600-2803' },
  ],
});

/**
 * A made-up grid map (GCJ-02, for the demo only): each community a block split in two along a crooked lane, so
 * neighbouring grids share an edge that is not a straight line.
 */
const grids = [
  unit('gd-xiyuan-1', 'grid', '西园第一网格', '西园第一网格党支部', xiyuan, {
    boundary: [[104.08, 30.65], [104.0852, 30.65], [104.0846, 30.653], [104.085, 30.656], [104.08, 30.656]],
  }),
  unit('gd-xiyuan-2', 'grid', '西园第二网格', '西园第二网格党支部', xiyuan, {
    boundary: [[104.0852, 30.65], [104.09, 30.65], [104.09, 30.656], [104.085, 30.656], [104.0846, 30.653]],
  }),
  unit('gd-dongqiao-1', 'grid', '东桥第一网格', '东桥第一网格党支部', dongqiao, {
    boundary: [[104.09, 30.65], [104.095, 30.65], [104.0955, 30.6528], [104.0948, 30.656], [104.09, 30.656]],
  }),
  unit('gd-dongqiao-2', 'grid', '东桥第二网格', '东桥第二网格党支部', dongqiao, {
    boundary: [[104.095, 30.65], [104.1, 30.65], [104.1, 30.656], [104.0948, 30.656], [104.0955, 30.6528]],
  }),
];

/** Four buildings per grid (西园 1–8 栋, 东桥 1–8 栋), two rows of two inside the grid. */
const buildings = grids.flatMap((grid, g) =>
  [1, 2, 3, 4].map((n) => {
    const no = (g % 2) * 4 + n;
    const prefix = grid.id.startsWith('gd-xiyuan') ? 'xiyuan' : 'dongqiao';
    const label = `${prefix === 'xiyuan' ? '西园' : '东桥'}${no}栋`;
    const west = Math.min(...grid.boundary!.map(([lng]) => lng));
    const location = { lng: round6(west + (n % 2 === 1 ? 0.0012 : 0.0032)), lat: n <= 2 ? 30.6515 : 30.6545 };
    return unit(`bd-${prefix}-${String(no).padStart(2, '0')}`, 'building', label, `${label}党小组`, grid, { location });
  }),
);

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export const DEMO_UNITS: UnitDoc[] = [street, xiyuan, dongqiao, ...grids, ...buildings];
