import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { Chip } from '../../components/chip';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { Page } from '../../components/page';
import { useCall } from '../../hooks/use-call';
import { quarterOf } from '../../lib/cn-time';
import './index.css';

const label = (q: string) => `${q.slice(0, 4)}年第${'一二三四'[Number(q.slice(-1)) - 1]}季度`;

const FIGURE: FactClasses = { row: 'stats__figure', label: 'muted', value: 'stats__value' };

/** 参与情况统计: per branch and quarter, members who took part, attendances and hours. */
export default function Stats() {
  const quarters = [0, 1, 2, 3].map((back) => quarterOf(Date.now(), back));
  const [quarter, setQuarter] = useState(quarters[0]!);
  const report = useCall(() => call('activity', 'participation', { quarter }), quarter);

  return (
    <Page className='stats'>
      <View className='stats__quarters'>
        {quarters.map((q) => (
          <Chip key={q} className='stats__chip' role='radio' label={label(q)} on={q === quarter} onTap={() => setQuarter(q)} />
        ))}
      </View>
      {report.error && <Text className='error'>{report.error.message}</Text>}
      {report.data?.rows.map((r) => (
        <View key={r.unitId} className='card stats__row' data-unit={r.unitId}>
          <Text className='stats__org'>{r.partyOrgName}</Text>
          <View className='stats__figures'>
            <FactRow classes={FIGURE} valueFirst value={`${Math.round(r.rate * 100)}%`} label={`参与率（${r.activeMembers}/${r.members}人）`} />
            <FactRow classes={FIGURE} valueFirst value={String(r.attendances)} label='参加人次' />
            <FactRow classes={FIGURE} valueFirst value={String(r.hours)} label='时长（小时）' />
            <FactRow classes={FIGURE} valueFirst value={String(r.activities)} label='组织活动' />
          </View>
        </View>
      ))}
      <Text className='muted stats__note'>参与率：本季度参加过至少一次活动的本支部党员占登记党员的比例。</Text>
    </Page>
  );
}
