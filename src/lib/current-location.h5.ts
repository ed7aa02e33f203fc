import Taro from '@tarojs/taro';
import gcoord from 'gcoord';
import type { GeoPoint } from '../../types/org';

/**
 * The H5 build's current-location.ts: a browser reports WGS-84, about 500 m off the GCJ-02 the street's grid
 * map uses in China, so the point is converted before it is looked up.
 */
export async function currentLocation(): Promise<GeoPoint> {
  const res = await Taro.getLocation({ type: 'wgs84' });
  const [lng, lat] = gcoord.transform([res.longitude, res.latitude], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lng, lat };
}
