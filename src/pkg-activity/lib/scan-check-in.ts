import Taro from '@tarojs/taro';
import { CHECK_IN_PAGE, tokenFromScan } from '../../../types/activity-names';
import { ApiError } from '../../api/api-error';

/**
 * Starts a check-in from a scan. WeChat: the camera via scanCode, then the check-in page with the code. H5 has no
 * scanner of its own: the phone's camera opens the link the QR code holds, so the page explains that instead.
 */
export async function scanAndCheckIn(): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    await Taro.navigateTo({ url: CHECK_IN_PAGE });
    return;
  }
  let result: string;
  try {
    result = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
  } catch {
    return; // closed the scanner
  }
  const token = tokenFromScan(result);
  if (!token) throw new ApiError('INVALID_INPUT', '这不是签到二维码，请扫描活动现场的签到码');
  await Taro.navigateTo({ url: `${CHECK_IN_PAGE}?t=${encodeURIComponent(token)}` });
}
