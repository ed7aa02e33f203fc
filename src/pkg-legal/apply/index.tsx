import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/legal.css';
import { ApplyForm } from './apply-form';
import { VolunteerStatus } from './volunteer-status';
import { Page } from '../../components/page';

/** 法律志愿者: apply to the street's or community's legal-aid team, and, once verified, manage one's service. */
export default function ApplyPage() {
  const mine = useCallOnShow(() => call('legal-aid', 'myVolunteer', {}), 'mine');
  const [editing, setEditing] = useState(false);
  const act = useAction({
    onDone: () => {
      setEditing(false);
      mine.reload();
    },
  });
  const data = mine.data;
  if (mine.error && !data) return <Text className='error'>{mine.error.message}</Text>;
  if (!data) return <Text className='empty'>加载中…</Text>;
  const v = data.volunteer;
  const showForm = editing || !v || v.status === 'rejected' || v.status === 'left';
  return (
    <Page className='apply'>
      <View className='card'>
        <Text className='legal-hint'>
          律师和经过培训的居民（法律明白人）可以申请加入法律援助志愿服务队，为居民免费解答法律问题。志愿服务不得收取任何财物，咨询内容须保密。
        </Text>
      </View>
      {v?.status === 'rejected' && <Text className='error apply__rejected'>上次申请未通过：{v.rejectReason}</Text>}
      {act.notice && <Text className='legal-notice apply__notice'>{act.notice}</Text>}
      {act.error && <Text className='error apply__error'>{act.error}</Text>}
      {v && !showForm && <VolunteerStatus v={v} act={act} onEdit={() => setEditing(true)} />}
      {showForm && data.teamOptions.length === 0 && <Text className='empty'>请先在首页选择您所在的社区</Text>}
      {showForm && data.teamOptions.length > 0 && <ApplyForm teams={data.teamOptions} current={v && v.status !== 'left' ? v : null} act={act} />}
    </Page>
  );
}
