import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { AttendanceRow } from '../../../types/activity';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { Page, PageStatus } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { fmtRange } from '../../lib/cn-time';
import { saveCsv } from '../../lib/save-file';
import { AttendanceList } from './attendance-list';
import { CancelActivity } from './cancel-activity';
import { ManageActions } from './manage-actions';
import './index.css';

const STAT: FactClasses = { row: 'manage__stat', label: 'muted', value: 'manage__stat-value' };

/** 活动管理: the organiser's list of who signed up and who came, with hand marking, export, QR code and cancelling. */
export default function ManageActivity() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const sheet = useCallOnShow(() => call('activity', 'attendance', { activityId: id }), id);
  const { run, notice, error } = useAction({ onDone: sheet.reload });

  const s = sheet.data;
  if (sheet.error && !s) return <PageStatus className='manage' error={sheet.error.message} />;
  if (!s) return <PageStatus className='manage' />;
  const a = s.activity;
  const live = a.status === 'published';

  const mark = (row: AttendanceRow, present: boolean) =>
    run(async () => {
      await call('activity', 'markAttendance', { activityId: id, attendeeId: row.attendeeId, present });
      return `已${present ? '登记' : '取消'}${row.name}的出席`;
    });
  const scanMember = () =>
    run(async () => {
      const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => null);
      if (!scanned) return; // closed the scanner
      const row = await call('activity', 'markAttendance', { activityId: id, memberCode: scanned.result.trim() });
      return `${row.name} 签到成功`;
    });
  const exportCsv = () =>
    run(async () => {
      const { filename, csv } = await call('activity', 'exportAttendance', { activityId: id });
      await saveCsv(filename, csv);
      return `已导出 ${filename}`;
    });
  const cancelActivity = (reason: string) =>
    run(async () => {
      await call('activity', 'cancelActivity', { id, reason });
      return '活动已取消，已通知报名党员';
    });

  return (
    <Page className='manage'>
      <View className='card'>
        <Text className='manage__title'>{a.title}</Text>
        <Text className='muted manage__line'>{fmtRange(a.startAt, a.endAt)} · {a.place}</Text>
        {!live && <Text className='tag tag-grey'>活动已取消</Text>}
        <View className='manage__stats'>
          <FactRow classes={STAT} valueFirst label='已报名' value={`${s.confirmed}/${a.capacity}`} />
          <FactRow classes={STAT} valueFirst label='候补' value={String(s.waitlisted)} />
          <FactRow classes={STAT} valueFirst label='已签到' value={String(s.checkedIn)} />
        </View>
      </View>

      <ManageActions id={id} live={live} onScan={() => void scanMember()} onExport={() => void exportCsv()} />
      {notice && <Text className='manage__notice'>{notice}</Text>}
      {error && <Text className='error'>{error}</Text>}
      <AttendanceList rows={s.rows} live={live} onMark={(row, present) => void mark(row, present)} />
      <CancelActivity live={live} onCancel={cancelActivity} />
    </Page>
  );
}
