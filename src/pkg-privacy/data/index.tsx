import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { useCallOnShow } from '../../hooks/use-call';
import { saveFile } from '../../lib/save-file';
import { PRIVACY_GUIDE_PAGE } from '../../lib/privacy';
import { ConsentList } from './consent-list';
import { DeleteAccount } from './delete-account';
import { Page } from '../../components/page';
import { tapProps } from '../../lib/a11y';
import './index.css';

/**
 * 我的数据: the person's rights over what is held about them (个人信息保护法 第四十四条至第四十七条): read the guide,
 * export everything as a file, see and withdraw sensitive consents, see who read their data, delete the account.
 */
export default function MyData() {
  const me = useCallOnShow(() => call('user', 'me', {}), 'me');
  const exporting = useAction({ fallback: '导出失败，请稍后重试' });
  const exportAll = () =>
    exporting.run(async () => {
      const { filename, json } = await call('user', 'exportMyData', {});
      await saveFile(filename, json, 'application/json');
      return `已导出：${filename}`;
    });
  return (
    <Page className='privacy-data'>
      <View className='card'>
        <Text className='card-title'>导出我的数据</Text>
        <Text className='muted privacy-data__line'>我们保存的关于您的全部信息，生成一个 JSON 文件。</Text>
        {exporting.notice && <Text className='privacy-data__notice'>{exporting.notice}</Text>}
        {exporting.error && <Text className='error'>{exporting.error}</Text>}
        <Button className='btn-primary privacy-data__export' loading={exporting.busy} disabled={exporting.busy} onClick={() => void exportAll()}>
          导出
        </Button>
      </View>
      {me.data && <ConsentList consents={me.data.consents} onChanged={me.reload} />}
      <View className='card privacy-data__links'>
        <Text className='privacy-data__link' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_PAGE })}>
          隐私保护指引 ›
        </Text>
        <Text className='privacy-data__link' {...tapProps('link')} onClick={() => Taro.navigateTo({ url: '/pkg-privacy/reads/index' })}>
          谁查看了我的信息 ›
        </Text>
      </View>
      <DeleteAccount />
    </Page>
  );
}
