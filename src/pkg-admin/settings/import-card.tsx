import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ImportKind } from '../../../types/functions/org';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

const KINDS: Array<{ id: ImportKind; name: string; header: string }> = [
  { id: 'grids', name: '网格', header: '网格编码,网格名称,网格类型,党组织名称' },
  { id: 'buildings', name: '楼栋', header: '楼栋编码,楼栋名称,所属网格编码,经度,纬度' },
  { id: 'rosters', name: '值守表', header: '网格编码,姓名,手机号,值守' },
];

/** 批量导入: a CSV of grids, buildings or a duty roster, pasted or (in WeChat) picked from a chat; all rows or none. */
export function ImportCard({ communityId }: { communityId: string }) {
  const [kind, setKind] = useState<ImportKind>('grids');
  const [csv, setCsv] = useState('');
  const importing = useAction({ fallback: '导入失败，请稍后重试' });
  const spec = KINDS.find((k) => k.id === kind)!;
  const pickFile = async () => {
    const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] }).catch(() => null);
    const path = picked?.tempFiles[0]?.path;
    if (path) setCsv(Taro.getFileSystemManager().readFileSync(path, 'utf8') as string);
  };
  const run = () => importing.run(async () => `已导入${(await call('org', 'importCsv', { communityId, kind, csv })).imported}行`);
  return (
    <View className='card'>
      <Text className='card-title'>批量导入</Text>
      {KINDS.map((k) => (
        <Text key={k.id} className={`admin-chip ${kind === k.id ? 'admin-chip--on' : ''}`} onClick={() => setKind(k.id)}>
          {k.name}
        </Text>
      ))}
      <Text className='muted settings__hint'>第一行为表头：{spec.header}。网格类型填“综合网格”或“专属网格”，值守填“在岗”或“替班”。有任何错误时不导入任何数据。</Text>
      <Textarea className='settings__csv' value={csv} maxlength={-1} placeholder='把表格另存为 CSV（UTF-8）后粘贴到这里' onInput={(e) => setCsv(e.detail.value)} />
      {process.env.TARO_ENV === 'weapp' && <Button className='settings__pick' onClick={() => void pickFile()}>从聊天中选择CSV文件</Button>}
      <Button className='btn-primary settings__save' disabled={!csv.trim()} loading={importing.busy} onClick={() => void run()}>
        导入
      </Button>
      {importing.notice && <Text className='settings__ok'>{importing.notice}</Text>}
      {importing.error && <Text className='error'>{importing.error}</Text>}
      {Object.entries(importing.fieldErrors).map(([where, message]) => (
        <Text key={where} className='settings__row-error'>
          {where}：{message}
        </Text>
      ))}
    </View>
  );
}
