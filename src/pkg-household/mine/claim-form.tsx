import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { HouseholdView } from '../../../types/functions/household';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

interface Props {
  /** The building the resident's QR code named; the claim is made for it. */
  building: { id: string; name: string } | null;
  current: HouseholdView | null;
  onDone: () => void;
}

/** 单元 and 房号 for the building the QR code named; a change of either starts verification over. */
export function ClaimForm({ building, current, onDone }: Props) {
  const [entrance, setEntrance] = useState(current ? String(current.entrance) : '');
  const [room, setRoom] = useState(current?.room ?? '');
  const saving = useAction({ fallback: '提交失败，请稍后重试', onDone });
  const target = building ?? (current ? { id: current.buildingId, name: current.buildingName } : null);
  if (!target) return <Text className='empty household-mine__scan'>请扫描所在楼栋张贴的二维码，再登记单元和房号</Text>;

  const submit = () =>
    saving.run(async () => {
      await call('household', 'claim', { buildingId: target.id, entrance: Number(entrance), room: room.trim() });
      return '已提交，等待核实';
    });
  return (
    <View className='card household-mine__form'>
      <Text className='card-title'>{current ? '修改住址' : '登记住址'}</Text>
      <Text className='household-mine__line'>楼栋：{target.name}</Text>
      <View className='household-mine__field'>
        <Text className='muted'>单元</Text>
        <Input className='household-mine__entrance' type='number' value={entrance} placeholder='如 1' onInput={(e) => setEntrance(e.detail.value)} />
      </View>
      {saving.fieldErrors.entrance && <Text className='error'>{saving.fieldErrors.entrance}</Text>}
      <View className='household-mine__field'>
        <Text className='muted'>房号</Text>
        <Input className='household-mine__room' value={room} placeholder='如 302' onInput={(e) => setRoom(e.detail.value)} />
      </View>
      {saving.fieldErrors.room && <Text className='error'>{saving.fieldErrors.room}</Text>}
      {saving.notice && <Text className='household-mine__notice'>{saving.notice}</Text>}
      {saving.error && <Text className='error'>{saving.error}</Text>}
      <Button className='btn-primary household-mine__submit' loading={saving.busy} disabled={saving.busy || !entrance || !room.trim()} onClick={() => void submit()}>
        提交核实
      </Button>
    </View>
  );
}
