import { Image, Text, View } from '@tarojs/components';
import type { OutputOf } from '../../../types/api';
import { fileUrl } from '../../api/files';
import { QrCode } from '../../components/qr-code';
import { fmtDateTime } from '../../lib/cn-time';
import { appointmentText } from '../lib/staff-labels';

/** What the QR opens: in WeChat the mini-program code's own page; in the browser a link to the H5 build's page. */
function h5Link(page: string, scene: string): string {
  return `${window.location.origin}${window.location.pathname}#${page}?scene=${encodeURIComponent(scene)}`;
}

/** The invitation to hand over: its QR to scan and its code to read out, shown once. */
export function InvitationCard({ made }: { made: OutputOf<'staff', 'invite'> }) {
  const { invitation: i, code } = made;
  const grouped = `${code.slice(0, 5)}-${code.slice(5)}`;
  return (
    <View className='card invite__made'>
      <Text className='card-title'>{appointmentText(i.role, i.unitName, i.duty)}</Text>
      {made.qrImageUrl ? (
        <Image className='invite__qr' src={fileUrl(made.qrImageUrl)} />
      ) : process.env.TARO_ENV === 'h5' ? (
        <QrCode id='invite-qr' text={h5Link(made.page, made.scene)} data={{ link: h5Link(made.page, made.scene), code }} />
      ) : null}
      <Text className='muted'>请对方用微信扫码，或在“我的 → 输入任职邀请码”中输入：</Text>
      <Text className='invite__code'>{grouped}</Text>
      <Text className='muted'>{fmtDateTime(i.expiresAt)}前有效，只能使用一次。邀请码只显示这一次，请现在转交。</Text>
    </View>
  );
}
