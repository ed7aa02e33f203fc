import { Button, Text, Textarea, View } from '@tarojs/components';
import { TapText } from '../../components/tap-text';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TopicView } from '../../../types/functions/governance-topics';
import { GOV_PAGES } from '../../../types/governance';
import { call } from '../../api/client';
import { useAction } from '../../hooks/use-action';

/** After the deadline: the decision and follow-up (organisers record them), and the project it became. */
export function MinutesCard({ t, onDone }: { t: TopicView; onDone: () => void }) {
  const [decision, setDecision] = useState('');
  const [followUp, setFollowUp] = useState('');
  const saving = useAction({ onDone });
  const save = () => saving.run(() => call('governance', 'recordMinutes', { id: t.id, decision: decision.trim(), followUp: followUp.trim() }));
  return (
    <View className='card gov-topic__minutes'>
      <Text className='card-title'>决定事项</Text>
      {t.minutes && <Text className='gov-line'>决定：{t.minutes.decision}</Text>}
      {t.minutes && <Text className='gov-line'>后续：{t.minutes.followUp}</Text>}
      {t.project && (
        <TapText className='gov-line gov-topic__project' onTap={() => void Taro.navigateTo({ url: `${GOV_PAGES.project}?id=${t.project!.id}` })}>
          已转为项目：{t.project.title} ›
        </TapText>
      )}
      {t.manage && t.minutes && !t.project && (
        <TapText className='gov-mini gov-topic__to-project' onTap={() => void Taro.navigateTo({ url: `/pkg-gov/project-new/index?topic=${t.id}` })}>
          由此议题立项
        </TapText>
      )}
      {t.manage && !t.minutes && (
        <View>
          <View className='gov-field'>
            <Textarea className='gov-topic__decision' value={decision} placeholder='决定事项' onInput={(e) => setDecision(e.detail.value)} />
          </View>
          <View className='gov-field'>
            <Textarea className='gov-topic__follow-up' value={followUp} placeholder='后续安排' onInput={(e) => setFollowUp(e.detail.value)} />
          </View>
          {saving.error && <Text className='error'>{saving.error}</Text>}
          <Button className='btn-primary gov-topic__save-minutes' disabled={saving.busy || decision.trim().length < 2 || followUp.trim().length < 2} onClick={() => void save()}>
            记录决定
          </Button>
        </View>
      )}
      {!t.minutes && !t.manage && <Text className='muted'>组织者将在此公布决定事项</Text>}
    </View>
  );
}
