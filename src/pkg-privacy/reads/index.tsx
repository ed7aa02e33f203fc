import { Text, View } from '@tarojs/components';
import { call } from '../../api/client';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtDateTime } from '../../lib/cn-time';
import { Page } from '../../components/page';
import './index.css';

/** What is read, as people say it. */
const WHAT: Record<string, string> = { membership: '党员信息', consultation: '法律咨询内容', visits: '走访记录' };
const ACTIONS: Record<string, string> = { 'party.members': '查看党员名册', 'party.applications': '审核党员登记申请' };

/** 谁查看了我的信息: each read of the caller's sensitive data by someone else, by role and unit, newest first. */
export default function WhoReadMyData() {
  const reads = useCallOnShow(() => call('user', 'whoReadMyData', {}), 'reads');
  return (
    <Page className='privacy-reads'>
      <Text className='muted privacy-reads__intro'>党员信息、法律咨询内容和走访记录属于敏感信息，工作人员每次查看都会记录在这里。</Text>
      {reads.error && <Text className='error'>{reads.error.message}</Text>}
      {reads.data?.items.map((r, i) => (
        <View key={`${r.at}-${i}`} className='card privacy-reads__row'>
          <Text className='privacy-reads__who'>{r.reader}</Text>
          <Text className='privacy-reads__what'>
            {ACTIONS[r.action] ?? '查看'} · {WHAT[r.what] ?? r.what}
          </Text>
          <Text className='muted'>{fmtDateTime(r.at)}</Text>
        </View>
      ))}
      {reads.data?.items.length === 0 && <Text className='empty'>还没有人查看过您的敏感信息</Text>}
    </Page>
  );
}
