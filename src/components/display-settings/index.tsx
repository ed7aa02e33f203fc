import { Text, View } from '@tarojs/components';
import { setDisplay, TEXT_STEPS, useDisplay } from '../../lib/display';
import { Chip } from '../chip';
import { Toggle } from '../toggle';
import './index.css';

/** 长辈版 on or off, said in words as well as by the switch's look. */
export function ElderSwitch() {
  const { elder } = useDisplay();
  return <Toggle className='elder-switch' label='长辈版' on={elder} onChange={(on) => setDisplay({ elder: on })} />;
}

/** 文字大小: three steps over either mode; the largest sets main text at 30 px in 长辈版. */
export function TextSizeSteps() {
  const { step } = useDisplay();
  return (
    <View className='text-size'>
      <Text className='text-size__label'>文字大小</Text>
      <View className='text-size__steps'>
        {TEXT_STEPS.map((s) => (
          <Chip key={s.step} className='text-size__step' role='radio' label={s.name} on={step === s.step} onTap={() => setDisplay({ step: s.step })} />
        ))}
      </View>
    </View>
  );
}

/** The display card of 我的 and of 长辈版's 首页: remembered on this phone. */
export function DisplaySettings() {
  return (
    <View className='card display-settings'>
      <ElderSwitch />
      <TextSizeSteps />
      <Text className='muted display-settings__note'>字更大、按钮更大、操作更简单；设置保存在本机。</Text>
    </View>
  );
}
