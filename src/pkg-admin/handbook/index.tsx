import { RichText, ScrollView, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { FIELDS, type FieldId } from '../../../types/catalog-names';
import { call } from '../../api/client';
import { Chip } from '../../components/chip';
import { PageStatus, Page } from '../../components/page';
import { useAction } from '../../hooks/use-action';
import { tapProps } from '../../lib/a11y';
import { useCall } from '../../hooks/use-call';
import { useAdminCommunity } from '../lib/use-admin-community';
import './index.css';

/** Opens the handbook as its own document in a new tab, where the browser prints it (or saves it as PDF). */
function printInBrowser(html: string): void {
  if (process.env.TARO_ENV !== 'h5') return;
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const win = window.open(url, '_blank');
  win?.addEventListener('load', () => win.print());
}

/**
 * The handbook of the community's copy, read one field at a time: the whole book is about 290 KB of markup, over
 * the 256 KB a mini-program page may render in one setData. Printing (H5) fetches and prints the whole book, the
 * same document `npm run handbook` prints.
 */
export default function HandbookPage() {
  const { params } = useRouter();
  const { communityId, error } = useAdminCommunity(params.community);
  const [field, setField] = useState<FieldId>('DQ');
  const printing = useAction({ fallback: '生成手册失败，请稍后再试' });
  const book = useCall(() => call('catalog-admin', 'handbook', { communityId: communityId!, field }), `${communityId ?? ''}|${field}`, Boolean(communityId));

  const printAll = () => printing.run(async () => printInBrowser((await call('catalog-admin', 'handbook', { communityId: communityId! })).html));

  if (error || book.error) return <PageStatus className='handbook-page' error={(error ?? book.error)!.message} />;
  return (
    <Page className='handbook-page'>
      <View className='handbook-page__bar'>
        <Text className='muted'>{book.data ? `${book.data.title} · 本领域 ${book.data.itemCount} 项` : '正在生成手册…'}</Text>
        {process.env.TARO_ENV === 'h5' && communityId && (
          <Text className='handbook-page__print' {...tapProps()} onClick={() => void printAll()}>
            打印全册 / 存为PDF
          </Text>
        )}
      </View>
      {printing.error && <Text className='error'>{printing.error}</Text>}
      <ScrollView scrollX className='handbook-page__fields'>
        {FIELDS.map((f) => (
          <Chip key={f.id} className='handbook-page__chip' role='radio' label={f.name} on={field === f.id} onTap={() => setField(f.id)} />
        ))}
      </ScrollView>
      {book.data && book.dataKey === `${communityId ?? ''}|${field}` && <RichText className='handbook-page__doc' nodes={book.data.html} />}
    </Page>
  );
}
