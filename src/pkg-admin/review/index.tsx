import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { formatPartialDate } from '../../../types/catalog-display';
import { call } from '../../api/client';
import { Chip } from '../../components/chip';
import { Page } from '../../components/page';
import { useCallOnShow } from '../../hooks/use-call';
import { groupProps, tapProps } from '../../lib/a11y';
import { useAdminCommunity } from '../lib/use-admin-community';
import { ReportCard } from './report-card';
import './index.css';

/**
 * For community and street admins: 纠错 reports from residents and workers, each closed with what was done, and
 * the items whose content is due for review (over a year old, or citing a document that was replaced).
 */
export default function ReviewPage() {
  const { params } = useRouter();
  const { communityId, error } = useAdminCommunity(params.community);
  const [tab, setTab] = useState<'open' | 'resolved'>('open');
  const reports = useCallOnShow(() => call('catalog-admin', 'reports', { communityId: communityId!, status: tab }), `${communityId ?? ''}|${tab}`, Boolean(communityId));
  const due = useCallOnShow(() => call('catalog-admin', 'reviewDue', { communityId: communityId! }), communityId ?? '', Boolean(communityId));

  const failure = error ?? reports.error ?? due.error;
  return (
    <Page className='review'>
      {failure && <Text className='error'>{failure.message}</Text>}
      <View className='card'>
        <Text className='card-title'>纠错反馈</Text>
        <View className='review__tabs' {...groupProps('tablist')}>
          {(['open', 'resolved'] as const).map((t) => (
            <Chip key={t} className='admin-chip' role='tab' label={t === 'open' ? '待处理' : '已处理'} on={tab === t} onTap={() => setTab(t)} />
          ))}
        </View>
        {reports.data && reports.dataKey?.startsWith(`${communityId ?? ''}|${tab}|`) && reports.data.reports.length === 0 && <Text className='muted'>{tab === 'open' ? '暂无待处理的纠错' : '暂无已处理的纠错'}</Text>}
        {reports.data?.reports.map((r) => (
          <ReportCard key={r.id} report={r} communityId={communityId!} onResolved={reports.reload} />
        ))}
      </View>
      <View className='card'>
        <Text className='card-title'>待复核事项</Text>
        <Text className='muted review__intro'>复核已超过一年，或引用的文件已被取代、到期或有新文件待施行的事项。</Text>
        {due.data && due.data.items.length === 0 && <Text className='muted'>所有事项均在复核期内</Text>}
        {due.data?.items.map((d) => (
          <View key={d.code} className='review__due' data-code={d.code} {...tapProps('link')} onClick={() => Taro.navigateTo({ url: `/pkg-admin/item/index?community=${communityId}&code=${d.code}` })}>
            <Text className='review__due-title'>
              {d.code} {d.title}
            </Text>
            <Text className='muted'>上次复核：{formatPartialDate(d.reviewedAt)}</Text>
            {d.reasons.map((reason) => (
              <Text key={reason} className='review__reason'>
                · {reason}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </Page>
  );
}
