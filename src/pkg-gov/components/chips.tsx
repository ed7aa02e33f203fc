import { View } from '@tarojs/components';
import { Chip } from '../../components/chip';
import { groupProps } from '../../lib/a11y';

interface Props<K extends string | number> {
  className: string;
  options: ReadonlyArray<{ key: K; label: string }>;
  selected: readonly K[];
  onToggle: (key: K) => void;
  /** Several may be chosen (checkboxes); otherwise one answer (radios). */
  multi?: boolean;
  /** What the choice is, for screen readers. */
  label?: string;
}

/** A row of choices as the app's chips: the same on WeChat and H5, where a native picker is a popup. */
export function Chips<K extends string | number>({ className, options, selected, onToggle, multi = false, label }: Props<K>) {
  return (
    <View className='gov-chips' {...groupProps(multi ? 'group' : 'radiogroup', label)}>
      {options.map((o) => (
        <Chip key={String(o.key)} className={className} label={o.label} on={selected.includes(o.key)} role={multi ? 'checkbox' : 'radio'} onTap={() => onToggle(o.key)} />
      ))}
    </View>
  );
}

export const labelled = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key] }));
