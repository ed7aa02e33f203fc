import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MistakeReport } from '../../../types/functions/catalog-admin';
import { call } from '../../api/client';
import { TapText } from '../../components/tap-text';
import { useAction } from '../../hooks/use-action';
import { fmtShortDateTime } from '../../lib/cn-time';

/** One 纠错 report: what was questioned and why; an open one is closed here with what was done. */
export function ReportCard({ report, communityId, onResolved }: { report: MistakeReport; communityId: string; onResolved: () => void }) {
  const [note, setNote] = useState('');
  const resolving = useAction({ fallback: '保存失败，请稍后重试', onDone: onResolved, onError: (e) => e.fields?.note });
  const resolve = () =>
    resolving.run(async () => {
      await call('catalog-admin', 'resolveReport', { communityId, id: report.id, note: note.trim() });
      void Taro.showToast({ title: '已处理', icon: 'success' });
    });
  return (
    <View className='review__report' data-report={report.id}>
      <TapText className='review__report-title' role='link' onTap={() => Taro.navigateTo({ url: `/pkg-admin/item/index?community=${communityId}&code=${report.code}` })}>
        {report.code} {report.title}
      </TapText>
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
          <Textarea className='field-input review__note' value={note} maxlength={300} placeholder='处理说明：已更正的内容，或不需更正的理由' onInput={(e) => setNote(e.detail.value)} />
          {resolving.error && <Text className='error'>{resolving.error}</Text>}
          <Button className='btn-primary review__resolve-button' onClick={() => void resolve()}>
            标记已处理
          </Button>
        </View>
      )}
    </View>
  );
}
