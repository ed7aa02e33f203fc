import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { AttendanceRow } from '../../../types/activity';
import { CHECK_IN_METHOD_LABELS, SIGNUP_STATUS_LABELS } from '../../../types/activity-names';
import { call } from '../../api/client';
import { FactRow, type FactClasses } from '../../components/fact-row';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call-on-show';
import { fmtRange, fmtTime } from '../../lib/cn-time';
import { saveCsv } from '../../lib/save-csv';
import './index.css';

const STAT: FactClasses = { row: 'manage__stat', value: 'manage__stat-value' };

/** 活动管理: the organiser's list of who signed up and who came, with hand marking, export, QR code and cancelling. */
export default function ManageActivity() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const sheet = useCallOnShow(() => call('activity', 'attendance', { activityId: id }), id);
  const { run, notice, error } = useAction({ onDone: sheet.reload });
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const s = sheet.data;
  if (sheet.error && !s) return <Text className='error'>{sheet.error.message}</Text>;
  if (!s) return <Text className='empty'>加载中…</Text>;
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
  const cancelActivity = () =>
    run(async () => {
      await call('activity', 'cancelActivity', { id, reason: reason.trim() });
      setCancelling(false);
      return '活动已取消，已通知报名党员';
    });

  return (
    <View className='page manage'>
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

      {live && (
        <View className='manage__actions'>
          <Button className='btn-primary' onClick={() => Taro.navigateTo({ url: `/pkg-branch/qr/index?id=${id}` })}>
            出示签到二维码
          </Button>
          {process.env.TARO_ENV !== 'h5' && (
            <Button className='manage__secondary' onClick={() => void scanMember()}>
              扫描党员签到码
            </Button>
          )}
          <View className='manage__row-buttons'>
            <Button className='manage__secondary manage__half' onClick={() => Taro.navigateTo({ url: `/pkg-branch/edit/index?id=${id}` })}>
              编辑活动
            </Button>
            <Button className='manage__secondary manage__half manage__export' onClick={() => void exportCsv()}>
              导出签到表
            </Button>
          </View>
        </View>
      )}
      {!live && (
        <Button className='manage__secondary manage__export' onClick={() => void exportCsv()}>
          导出签到表
        </Button>
      )}
      {notice && <Text className='manage__notice'>{notice}</Text>}
      {error && <Text className='error'>{error}</Text>}

      <Text className='card-title'>报名名单</Text>
      {s.rows.length === 0 && <Text className='empty'>还没有人报名</Text>}
      {s.rows.map((row) => (
        <View key={row.attendeeId} className='card manage__person' data-name={row.name} data-status={row.status}>
          <View className='manage__person-head'>
            <Text className='manage__name'>{row.name}</Text>
            <Text className={`tag ${row.status === 'confirmed' ? 'tag-green' : 'tag-grey'}`}>
              {row.status === 'waitlisted' ? `候补第${row.waitlistPosition}位` : SIGNUP_STATUS_LABELS[row.status]}
            </Text>
          </View>
          <Text className='muted'>
            {row.branchName}
            {row.phoneMasked ? ` · ${row.phoneMasked}` : ''}
          </Text>
          {row.status === 'confirmed' && (
            <View className='manage__person-foot'>
              <Text className={row.checkedInAt ? 'manage__in' : 'muted'}>{checkInText(row)}</Text>
              {live && (
                <Text className='manage__mark' onClick={() => void mark(row, !row.checkedInAt)}>
                  {row.checkedInAt ? '取消出席' : '标记出席'}
                </Text>
              )}
            </View>
          )}
        </View>
      ))}

      {live && !cancelling && (
        <Button className='manage__danger' onClick={() => setCancelling(true)}>
          取消活动
        </Button>
      )}
      {cancelling && (
        <View className='card'>
          <Text className='card-title'>取消活动</Text>
          <Input className='manage__reason' value={reason} maxlength={100} placeholder='请填写取消原因，将通知所有报名党员' onInput={(e) => setReason(e.detail.value)} />
          <Button className={`manage__danger manage__confirm-cancel${reason.trim().length < 2 ? ' manage__danger--off' : ''}`} disabled={reason.trim().length < 2} onClick={() => void cancelActivity()}>
            确认取消活动
          </Button>
          <Button className='manage__secondary' onClick={() => setCancelling(false)}>
            返回
          </Button>
        </View>
      )}
    </View>
  );
}

function checkInText(row: AttendanceRow): string {
  if (!row.checkedInAt || !row.method) return '未签到';
  const by = row.recordedByName && row.method !== 'scan' ? `（${row.recordedByName}登记）` : '';
  return `${CHECK_IN_METHOD_LABELS[row.method]} ${fmtTime(row.checkedInAt)}${by}`;
}
