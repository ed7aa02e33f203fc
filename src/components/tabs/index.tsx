import { Text, View } from '@tarojs/components';
import { groupProps, tapProps } from '../../lib/a11y';

interface Props<K extends string> {
  tabs: ReadonlyArray<readonly [key: K, label: string]>;
  value: K;
  onChoose: (key: K) => void;
  /** The page's own class for each tab (e.g. `approvals__tab`); the chosen one also gets `<className>--on`. */
  className?: string;
}

/** Tabs across the top of a list: the chosen one underlined and bold, not only coloured; a tab to screen readers. */
export function Tabs<K extends string>({ tabs, value, onChoose, className = '' }: Props<K>) {
  return (
    <View className='tabs' {...groupProps('tablist')}>
      {tabs.map(([key, label]) => {
        const on = key === value;
        return (
          <Text key={key} className={`tabs__tab${on ? ' tabs__tab--on' : ''}${className ? ` ${className}${on ? ` ${className}--on` : ''}` : ''}`} {...tapProps('tab', { selected: on })} onClick={() => onChoose(key)}>
            {label}
          </Text>
        );
      })}
    </View>
  );
}
