import { Button, Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { Page, PageStatus } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { useCall } from '../../hooks/use-call';
import { BasicsCard } from './basics-card';
import { blankForm, fieldsOf, formOf, type ActivityForm } from './form';
import { AboutCard, ScheduleCard, SeatsCard } from './form-cards';
import './index.css';

/** 发布活动 / 编辑活动. Organising unit and audience are chosen once; everything else may be edited later. */
export default function EditActivity() {
  const { params } = useRouter();
  const id = params.id;
  const units = useCall(() => call('activity', 'organiserUnits', {}), 'units');
  const existing = useCall(() => call('activity', 'get', { id: id! }), id ?? '', Boolean(id));
  const [form, setForm] = useState<ActivityForm | null>(null);
  const saving = useAction({ fallback: '保存失败，请稍后重试' });

  useEffect(() => {
    if (form) return;
    if (id && existing.data) setForm(formOf(existing.data));
    const first = units.data?.units[0];
    if (!id && first) setForm(blankForm(Date.now(), first.unitId));
  }, [form, id, existing.data, units.data]);

  useEffect(() => void Taro.setNavigationBarTitle({ title: id ? '编辑活动' : '发布活动' }), [id]);

  if (!form) return <PageStatus className='edit' error={units.error?.message ?? existing.error?.message} />;
  const cardProps = { form, set: (patch: Partial<ActivityForm>) => setForm({ ...form, ...patch }), errors: saving.fieldErrors };

  const save = () =>
    saving.run(async () => {
      if (id) {
        await call('activity', 'update', { id, ...fieldsOf(form) });
        await Taro.navigateBack();
      } else {
        const created = await call('activity', 'create', { ...fieldsOf(form), unitId: form.unitId, audience: form.audience });
        await Taro.redirectTo({ url: `/pkg-branch/manage/index?id=${created.id}` });
      }
    });

  return (
    <Page className='edit'>
      <BasicsCard {...cardProps} units={units.data?.units ?? []} isNew={!id} />
      <ScheduleCard {...cardProps} />
      <SeatsCard {...cardProps} />
      <AboutCard {...cardProps} />
      {saving.error && <Text className='error'>{saving.error}</Text>}
      <Button className='btn-primary edit__save' loading={saving.busy} disabled={saving.busy} onClick={() => void save()}>
        {id ? '保存修改' : '发布活动'}
      </Button>
      {id && <Text className='muted edit__hint'>修改时间或地点后，已报名和候补的党员会收到变更通知。</Text>}
    </Page>
  );
}
