import { Button, Text, View } from '@tarojs/components';
import { RESOURCE_TYPE_LABELS, type ResourceType } from '../../../types/governance';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { saveCsv } from '../../lib/save-file';
import '../components/gov.css';
import { CoverageCard } from './coverage-card';

const LISTS = [
  ['needs', '导出需求清单'],
  ['resources', '导出资源清单'],
  ['projects', '导出项目清单'],
] as const;

/** Officers: counts of the three lists with CSV exports, and visit coverage per grid and branch. */
export default function Board() {
  const scope = useCall(() => call('governance', 'needs', {}), 'board-scope');
  const communityId = scope.data?.communityId ?? '';
  const dash = useCall(() => call('governance', 'listsDashboard', { communityId }), communityId, communityId !== '');
  const exporting = useAction();
  const d = dash.data;
  return (
    <Page className='gov-board'>
      {(scope.error ?? dash.error) && <Text className='error'>{(scope.error ?? dash.error)!.message}</Text>}
      {d && (
        <View className='card gov-board__lists'>
          <Text className='card-title'>三张清单</Text>
          <Text className='gov-line'>
            需求：待解决{d.needs.open} · 已立项{d.needs.project} · 已解决{d.needs.resolved}（走访发现{d.needs.fromVisits}，我也需要{d.needs.meToo}人次）
          </Text>
          <Text className='gov-line'>
            资源：已核实{d.resources.verified} · 待核实{d.resources.pending}（{Object.entries(d.resources.byType).map(([t, n]) => `${RESOURCE_TYPE_LABELS[t as ResourceType]}${n}`).join('、')}）
          </Text>
          <Text className='gov-line'>
            项目：实施中{d.projects.active} · 已完成{d.projects.done}
          </Text>
          <View className='gov-actions'>
            {LISTS.map(([list, label]) => (
              <Button key={list} className='btn-secondary gov-board__export' onClick={() => void exporting.run(() => call('governance', 'exportLists', { communityId, list }).then((f) => saveCsv(f.filename, f.csv)))}>
                {label}
              </Button>
            ))}
          </View>
          {exporting.error && <Text className='error'>{exporting.error}</Text>}
        </View>
      )}
      {communityId && <CoverageCard communityId={communityId} />}
    </Page>
  );
}
