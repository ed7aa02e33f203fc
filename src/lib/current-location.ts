import Taro from '@tarojs/taro';
import type { GeoPoint } from '../../types/org';

/**
 * Where the phone is, in GCJ-02 as the street's grid map is drawn: WeChat answers in GCJ-02 directly. The H5
 * build resolves current-location.h5.ts instead (a browser only knows WGS-84), so the mini-program never ships
 * the conversion.
 */
export async function currentLocation(): Promise<GeoPoint> {
  const res = await Taro.getLocation({ type: 'gcj02' });
  return { lng: res.longitude, lat: res.latitude };
}
