import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DashboardView } from '../../../types/dashboard';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { saveCsv } from '../../lib/save-file';
import { METRICS, RateBars } from './rate-bars';
import { StatusAndOverdue } from './status-grid';
import './index.css';

const VIEWS: Array<{ id: DashboardView; name: string }> = [
  { id: 'grid', name: '按网格' },
  { id: 'category', name: '按类别' },
  { id: 'week', name: '按周' },
];

/** 诉求督办: a unit's requests now and its rates over eight weeks, for improvement: by grid, category and week, never by person. */
export default function OversightDashboard() {
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [view, setView] = useState<DashboardView>('grid');
  const [metric, setMetric] = useState<(typeof METRICS)[number]>(METRICS[0]);
  const loaded = useCallOnShow(() => call('grid', 'dashboard', unitId ? { unitId } : {}), unitId ?? '');
  const exporting = useAction({ fallback: '导出失败，请稍后重试' });
  const d = loaded.data;
  const rows = d ? { grid: d.byGrid, category: d.byCategory, week: d.byWeek }[view] : [];

  if (loaded.error) return <Text className='error'>{loaded.error.message}</Text>;
  if (!d) return <Text className='empty'>加载中…</Text>;
  return (
    <View className='page oversight'>
      {d.units.length > 1 && (
        <View className='oversight__chips'>
          {d.units.map((u) => (
            <Text key={u.id} className={`oversight__chip ${u.id === d.unit.id ? 'oversight__chip--on' : ''}`} onClick={() => setUnitId(u.id)}>
              {u.name}
            </Text>
          ))}
        </View>
      )}
      <StatusAndOverdue d={d} />
      <View className='card'>
        <Text className='card-title'>{d.unit.name} 近八周</Text>
        <View className='oversight__chips'>
          {METRICS.map((m) => (
            <Text key={m.id} className={`oversight__chip ${m.id === metric.id ? 'oversight__chip--on' : ''}`} onClick={() => setMetric(m)}>
              {m.name} {d.total[m.id] === null ? '' : `${Math.round(d.total[m.id]! * 100)}%`}
            </Text>
          ))}
        </View>
        <View className='oversight__chips'>
          {VIEWS.map((v) => (
            <Text key={v.id} className={`oversight__view ${v.id === view ? 'oversight__view--on' : ''}`} onClick={() => setView(v.id)}>
              {v.name}
            </Text>
          ))}
        </View>
        <RateBars rows={rows} metric={metric} />
        <Text className='muted oversight__note'>{metric.name}：{metric.note}。用于发现问题、改进工作，不对个人排名。</Text>
        <Button className='oversight__export' loading={exporting.busy} onClick={() => void exporting.run(async () => {
          const file = await call('grid', 'exportDashboard', { view, ...(unitId ? { unitId } : {}) });
          await saveCsv(file.filename, file.csv);
        })}>
          导出表格（CSV）
        </Button>
        {exporting.error && <Text className='error'>{exporting.error}</Text>}
      </View>
    </View>
  );
}
