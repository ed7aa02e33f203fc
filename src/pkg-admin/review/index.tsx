import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { MistakeReport } from '../../../types/functions/catalog-admin';
import { formatPartialDate } from '../../../types/catalog-display';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtShortDateTime } from '../../lib/cn-time';
import { useAdminCommunity } from '../lib/use-admin-community';
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
    <View className='page review'>
      {failure && <Text className='error'>{failure.message}</Text>}
      <View className='card'>
        <Text className='card-title'>纠错反馈</Text>
        <View className='review__tabs'>
          {(['open', 'resolved'] as const).map((t) => (
            <Text key={t} data-tab={t} className={`admin-chip ${tab === t ? 'admin-chip--on' : ''}`} onClick={() => setTab(t)}>
              {t === 'open' ? '待处理' : '已处理'}
            </Text>
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
          <View key={d.code} className='review__due' data-code={d.code} onClick={() => Taro.navigateTo({ url: `/pkg-admin/item/index?community=${communityId}&code=${d.code}` })}>
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
    </View>
  );
}

function ReportCard({ report, communityId, onResolved }: { report: MistakeReport; communityId: string; onResolved: () => void }) {
  const [note, setNote] = useState('');
  const resolving = useAction({ fallback: '保存失败，请稍后重试', onDone: onResolved, onError: (e) => e.fields?.note });
  const resolve = () =>
    resolving.run(async () => {
      await call('catalog-admin', 'resolveReport', { communityId, id: report.id, note: note.trim() });
      void Taro.showToast({ title: '已处理', icon: 'success' });
    });
  return (
    <View className='review__report' data-report={report.id}>
      <Text className='review__report-title' onClick={() => Taro.navigateTo({ url: `/pkg-admin/item/index?community=${communityId}&code=${report.code}` })}>
        {report.code} {report.title}
      </Text>
      <Text className='review__quote'>引用：{report.quote}</Text>
      <Text className='review__problem'>{report.problem}</Text>
      <Text className='muted'>
        {report.reporterName} · {fmtShortDateTime(report.createdAt)}
      </Text>
      {report.status === 'resolved' ? (
        <Text className='review__resolution'>
          处理说明：{report.resolution}（{report.resolvedByName} · {report.resolvedAt ? fmtShortDateTime(report.resolvedAt) : ''}）
        </Text>
      ) : (
        <View className='review__resolve'>
          <Textarea className='review__note' value={note} maxlength={300} placeholder='处理说明：已更正的内容，或不需更正的理由' onInput={(e) => setNote(e.detail.value)} />
          {resolving.error && <Text className='error'>{resolving.error}</Text>}
          <Button className='btn-primary review__resolve-button' onClick={() => void resolve()}>
            标记已处理
          </Button>
        </View>
      )}
    </View>
  );
}
