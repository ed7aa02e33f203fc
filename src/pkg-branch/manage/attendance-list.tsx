import { Text, View } from '@tarojs/components';
import type { AttendanceRow } from '../../../types/activity';
import { CHECK_IN_METHOD_LABELS, SIGNUP_STATUS_LABELS } from '../../../types/activity-names';
import { TapText } from '../../components/tap-text';
import { fmtTime } from '../../lib/cn-time';

function checkInText(row: AttendanceRow): string {
  if (!row.checkedInAt || !row.method) return '未签到';
  const by = row.recordedByName && row.method !== 'scan' ? `（${row.recordedByName}登记）` : '';
  return `${CHECK_IN_METHOD_LABELS[row.method]} ${fmtTime(row.checkedInAt)}${by}`;
}

interface Props {
  rows: AttendanceRow[];
  /** Attendance may be marked by hand only while the activity is on. */
  live: boolean;
  onMark: (row: AttendanceRow, present: boolean) => void;
}

/** 报名名单: everyone signed up or waiting, and for the confirmed ones whether and how they checked in. */
export function AttendanceList({ rows, live, onMark }: Props) {
  return (
    <>
      <Text className='card-title'>报名名单</Text>
      {rows.length === 0 && <Text className='empty'>还没有人报名</Text>}
      {rows.map((row) => (
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
                <TapText className='manage__mark' label={`${row.checkedInAt ? '取消出席' : '标记出席'}：${row.name}`} onTap={() => onMark(row, !row.checkedInAt)}>
                  {row.checkedInAt ? '取消出席' : '标记出席'}
                </TapText>
              )}
            </View>
          )}
        </View>
      ))}
    </>
  );
}
