import { Text, View } from '@tarojs/components';
import { tapProps } from '../../lib/a11y';
import './index.css';

interface Props {
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
  /** What the state is called, in words beside the switch (not only its colour): 已开启 / 已关闭 by default. */
  states?: readonly [on: string, off: string];
  className?: string;
}

/** A switch the whole row's width and a target high, its state said in words; a switch to screen readers. */
export function Toggle({ label, on, onChange, states = ['已开启', '已关闭'], className = '' }: Props) {
  return (
    <View className={`toggle ${on ? 'toggle--on' : ''} ${className}`} {...tapProps('switch', { checked: on, label })} onClick={() => onChange(!on)}>
      <Text className='toggle__name'>{label}</Text>
      <Text className='toggle__state'>{on ? states[0] : states[1]}</Text>
      <View className='toggle__track'>
        <View className='toggle__knob' />
      </View>
    </View>
  );
}
