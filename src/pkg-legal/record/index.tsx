import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { kindName, MAX_SERVICE_HOURS_PER_DAY, serviceName, specialtyName } from '../../../types/legal-aid-names';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';
import { dateInput, fmtDateTime, fmtTime } from '../../lib/cn-time';
import '../components/legal.css';
import { Page } from '../../components/page';
import { tapProps } from '../../lib/a11y';
import './index.css';

const thisYear = Number(dateInput(Date.now()).slice(0, 4));
const printable = process.env.TARO_ENV === 'h5';

/** 服务记录证明: a year's consultations with their hours, at most 8 a day, ready to print and stamp. */
export default function RecordPage() {
  const [year, setYear] = useState(thisYear);
  const record = useCall(() => call('legal-aid', 'serviceRecord', { year }), String(year));
  const r = record.data;
  return (
    <Page className='record'>
      <View className='legal-chips record__years'>
        {[thisYear, thisYear - 1].map((y) => (
          <Text key={y} className={`legal-chip ${y === year ? 'legal-chip--on' : ''}`} {...tapProps('radio', { checked: y === year })} onClick={() => setYear(y)}>
            {y}年
          </Text>
        ))}
      </View>
      {record.error && <Text className='error'>{record.error.message}</Text>}
      {r && (
        <View className='card record__paper'>
          <Text className='record__title'>法律援助志愿服务记录证明</Text>
          <Text className='record__body'>
            兹证明 {r.volunteer.name}（{kindName(r.volunteer.kind)}
            {r.volunteer.licenseNo ? `，执业证号 ${r.volunteer.licenseNo}` : ''}
            {r.volunteer.firm ? `，${r.volunteer.firm}` : ''}）于{r.year}年在{r.volunteer.unitName}参加法律援助志愿服务，共提供咨询
            <Text className='record__count'> {r.consultations} </Text>次，记录服务时长<Text className='record__total'> {r.totalHours} </Text>小时（每日最多计{MAX_SERVICE_HOURS_PER_DAY}小时）。
          </Text>
          <View className='record__table'>
            {r.rows.map((row) => (
              <View key={row.startAt} className='record__row'>
                <Text>{row.date} {fmtTime(row.startAt)}-{fmtTime(row.endAt)}</Text>
                <Text>{specialtyName(row.specialty)}·{serviceName(row.service)}</Text>
                <Text>{row.hours}小时</Text>
              </View>
            ))}
          </View>
          {r.days.filter((d) => d.capped).map((d) => (
            <Text key={d.date} className='legal-hint'>{d.date} 当日按{MAX_SERVICE_HOURS_PER_DAY}小时计</Text>
          ))}
          <Text className='record__foot'>本记录根据已登记的咨询生成，生成时间 {fmtDateTime(r.issuedAt)}，经服务队所在单位盖章后有效。</Text>
        </View>
      )}
      {r && printable && (
        <Button className='btn-primary record__print' onClick={() => window.print()}>
          打印
        </Button>
      )}
      {r && !printable && <Text className='legal-hint'>可截图保存，或在电脑上打开打印。</Text>}
    </Page>
  );
}
