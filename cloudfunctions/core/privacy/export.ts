import { shanghai } from '../../../types/time';
import type { Store } from '../store/port';
import { personalEntries } from './registry';

/**
 * Everything held about the person (个人信息保护法 第四十五条: 查阅、复制), from every collection the registry says
 * holds people, each document as the person's own view of it (never anyone else's data), as one JSON file.
 */
export async function exportPersonalData(store: Store, now: number, openid: string): Promise<{ filename: string; json: string }> {
  const data: Record<string, { label: string; records: unknown[] }> = {};
  for (const { name, data: entry } of personalEntries()) {
    if (entry.holds !== 'people') continue;
    // Each entry reads and shows its own collection's documents (the registry's mapped type ties them).
    const docs = (await entry.find(store, openid)) as never[];
    data[name] = { label: entry.label, records: docs.map((d) => (entry.export as (doc: never, who: string) => unknown)(d, openid)) };
  }
  const file = { exportedAt: shanghai(now).format('YYYY-MM-DD HH:mm:ss'), timeZone: 'Asia/Shanghai', basis: '《个人信息保护法》第四十五条', account: openid, data };
  return { filename: `社区服务通_我的数据_${shanghai(now).format('YYYYMMDD')}.json`, json: JSON.stringify(file, null, 2) };
}
