import { Text, View } from '@tarojs/components';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';

/** 谁查看了我的咨询: every opening of the case's content, for the resident whose case it is. */
export function CaseReads({ id }: { id: string }) {
  // Mounted once the case has loaded, after the page was shown: useCall, not useCallOnShow (it would wait for the next show).
  const reads = useCall(() => call('legal-aid', 'reads', { id }), id);
  return (
    <View className='card legal-reads'>
      <Text className='card-title'>谁查看了我的咨询</Text>
      {reads.error && <Text className='legal-error'>{reads.error.message}</Text>}
      {reads.data?.items.map((r, i) => (
        <Text key={i} className='legal-row__line legal-reads__row'>
          {fmtDateTime(r.at)} {r.you ? '您本人' : `${r.readerName}（志愿者）`}
        </Text>
      ))}
    </View>
  );
}
