import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

interface Props {
  id: string;
  live: boolean;
  onScan: () => void;
  onExport: () => void;
}

/** What the organiser does at the door and after: the check-in QR code, scanning a member, editing, the sheet. */
export function ManageActions({ id, live, onScan, onExport }: Props) {
  if (!live) {
    return (
      <Button className='btn-secondary manage__secondary manage__export' onClick={onExport}>
        导出签到表
      </Button>
    );
  }
  return (
    <View className='manage__actions'>
      <Button className='btn-primary' onClick={() => Taro.navigateTo({ url: `/pkg-branch/qr/index?id=${id}` })}>
        出示签到二维码
      </Button>
      {process.env.TARO_ENV !== 'h5' && (
        <Button className='btn-secondary manage__secondary' onClick={onScan}>
          扫描党员签到码
        </Button>
      )}
      <View className='manage__row-buttons'>
        <Button className='btn-secondary manage__secondary manage__half' onClick={() => Taro.navigateTo({ url: `/pkg-branch/edit/index?id=${id}` })}>
          编辑活动
        </Button>
        <Button className='btn-secondary manage__secondary manage__half manage__export' onClick={onExport}>
          导出签到表
        </Button>
      </View>
    </View>
  );
}
