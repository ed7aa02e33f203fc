import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Page, PageStatus } from '../../components/page';
import { useCall } from '../../hooks/use-call';
import { draftToItem, EMPTY_DRAFT, itemToDraft, type LocalItemDraft } from '../lib/local-item-draft';
import { boxErrors, DraftFields } from './draft-fields';
import './index.css';

/** A community's own item: added by its admin, validated by the server against the same schema as the city's. */
export default function LocalItemEditor() {
  const { params } = useRouter();
  const communityId = params.community ?? '';
  const editing = params.code;
  const existing = useCall(() => call('catalog-admin', 'item', { communityId, code: editing! }), editing ?? '', Boolean(editing));
  const [draft, setDraft] = useState<LocalItemDraft>(EMPTY_DRAFT);
  const saving = useAction({ fallback: '保存失败，请稍后重试', fieldsOf: boxErrors });

  useEffect(() => {
    if (existing.data) setDraft(itemToDraft(existing.data.item));
  }, [existing.data]);
  if (existing.error) return <PageStatus className='local-item' error={existing.error.message} />;
  if (editing && !existing.data) return <PageStatus className='local-item' />;

  const save = () =>
    saving.run(async () => {
      const result = draftToItem(draft, existing.data?.item);
      // The form's own checks show like the server's: a message, and one under each box named.
      if (!result.ok) throw new ApiError('INVALID_INPUT', '请按提示修改后再保存', result.errors as Record<string, string>);
      if (existing.data) await call('catalog-admin', 'updateLocal', { communityId, item: result.item, rev: existing.data.rev });
      else await call('catalog-admin', 'addLocal', { communityId, item: result.item });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      await Taro.navigateBack();
    });

  return (
    <Page className='local-item'>
      <View className='card'>
        <Text className='card-title'>{editing ? '编辑本社区事项' : '新增本社区事项'}</Text>
        <Text className='muted'>本社区事项只在本社区显示，内容要求与全市事项相同。</Text>
      </View>
      <View className='card'>
        <DraftFields draft={draft} set={(key, value) => setDraft((d) => ({ ...d, [key]: value }))} errors={saving.fieldErrors} editing={Boolean(editing)} />
        {saving.error && <Text className='error'>{saving.error}</Text>}
        <Button className='btn-primary' onClick={() => void save()}>
          保存
        </Button>
      </View>
    </Page>
  );
}
