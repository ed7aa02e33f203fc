import { RichText, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { call } from '../../api/client';
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

/** The printable handbook of the community's copy, the same document `npm run handbook` prints. */
export default function HandbookPage() {
  const { params } = useRouter();
  const { communityId, error } = useAdminCommunity(params.community);
  const book = useCall(() => call('catalog-admin', 'handbook', { communityId: communityId! }), communityId ?? '', Boolean(communityId));

  if (error || book.error) return <Text className='error'>{(error ?? book.error)!.message}</Text>;
  if (!book.data) return <Text className='empty'>正在生成手册…</Text>;
  return (
    <View className='handbook-page'>
      <View className='handbook-page__bar'>
        <Text className='muted'>
          {book.data.title} · 共 {book.data.itemCount} 项
        </Text>
        {process.env.TARO_ENV === 'h5' && (
          <Text className='handbook-page__print' onClick={() => printInBrowser(book.data!.html)}>
            打印 / 存为PDF
          </Text>
        )}
      </View>
      <RichText className='handbook-page__doc' nodes={book.data.html} />
    </View>
  );
}
