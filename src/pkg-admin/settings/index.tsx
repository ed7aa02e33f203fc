import { Switch, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { REPORT_CATEGORIES, TEAM_LABELS } from '../../../types/request-names';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { useAdminCommunity } from '../lib/use-admin-community';
import { HoursEditor } from './hours-editor';
import { ImportCard } from './import-card';
import { LimitsCard } from './limits-card';
import './index.css';

/** 诉求设置: office hours, the street's limits, which categories go to the property team, and CSV imports. */
export default function SettingsPage() {
  const { params } = useRouter();
  const { communities, communityId, choose, error } = useAdminCommunity(params.community);
  const loaded = useCallOnShow(() => call('org', 'settings', { communityId: communityId! }), communityId ?? '', Boolean(communityId));
  const saving = useAction({ fallback: '保存失败，请稍后重试', onDone: loaded.reload });
  const s = loaded.data;
  const save = (work: () => Promise<unknown>) => void saving.run(async () => (await work(), '已保存'));

  return (
    <View className='page settings'>
      {(error ?? loaded.error) && <Text className='error'>{(error ?? loaded.error)!.message}</Text>}
      {communities.length > 1 && communities.map((c) => (
        <Text key={c.id} className={`admin-chip ${c.id === communityId ? 'admin-chip--on' : ''}`} onClick={() => choose(c.id)}>
          {c.name}
        </Text>
      ))}
      {saving.notice && <Text className='settings__ok'>{saving.notice}</Text>}
      {saving.error && <Text className='error'>{saving.error}</Text>}
      {s && (
        <>
          <View className='card'>
            <Text className='card-title'>{s.communityName}办公时间</Text>
            <Text className='muted settings__hint'>
              {s.officeHoursText}
              {s.officeHoursDefault ? '（默认，尚未设置）' : ''}。工作时限按办公时间、周末、法定节假日和调休计算；已收录{s.holidayYears.join('、')}年节假日安排，之后的年份暂按周末计算并提示。
            </Text>
            <HoursEditor key={s.communityId} initial={s.officeHours} busy={saving.busy} onSave={(hours) => save(() => call('org', 'setOfficeHours', { communityId: s.communityId, hours }))} />
          </View>
          <LimitsCard key={JSON.stringify(s.limits)} limits={s.limits} editable={s.canEditLimits} busy={saving.busy} onSave={(limits) => save(() => call('org', 'setLimits', { communityId: s.communityId, limits }))} />
          <View className='card'>
            <Text className='card-title'>交{TEAM_LABELS.property}办理的类别</Text>
            {REPORT_CATEGORIES.filter((c) => c.id !== 'legal').map((c) => {
              const on = s.categoryRules.some((r) => r.category === c.id);
              const rules = on ? s.categoryRules.filter((r) => r.category !== c.id) : [...s.categoryRules, { category: c.id, team: 'property' as const }];
              return (
                <View key={c.id} className='settings__rule'>
                  <Text>{c.name}</Text>
                  <Switch checked={on} color='#b71c1c' onChange={() => save(() => call('org', 'setCategoryRules', { communityId: s.communityId, rules }))} />
                </View>
              );
            })}
          </View>
          <ImportCard communityId={s.communityId} />
        </>
      )}
    </View>
  );
}
