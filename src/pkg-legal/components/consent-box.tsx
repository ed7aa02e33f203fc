import { Text, View } from '@tarojs/components';
import { tapProps } from '../../lib/a11y';
import './legal.css';

/** An explicit yes, tapped on purpose: a big box and the words it agrees to. */
export function ConsentBox({ checked, onChange, text, className }: { checked: boolean; onChange: (next: boolean) => void; text: string; className: string }) {
  return (
    <View className={`legal-consent ${className}`} {...tapProps('checkbox', { checked })} onClick={() => onChange(!checked)}>
      <Text className={`legal-box ${checked ? 'legal-box--on' : ''}`}>{checked ? '✓' : ''}</Text>
      <Text>{text}</Text>
    </View>
  );
}
