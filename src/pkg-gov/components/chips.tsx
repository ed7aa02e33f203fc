import { Text, View } from '@tarojs/components';

interface Props<K extends string | number> {
  className: string;
  options: ReadonlyArray<{ key: K; label: string }>;
  selected: readonly K[];
  onToggle: (key: K) => void;
}

/** A row of tappable choices (one or several): the same on WeChat and H5, where a native picker is a popup. */
export function Chips<K extends string | number>({ className, options, selected, onToggle }: Props<K>) {
  return (
    <View className='gov-chips'>
      {options.map((o) => (
        <Text key={String(o.key)} className={`gov-chip ${className} ${selected.includes(o.key) ? 'gov-chip--on' : ''}`} onClick={() => onToggle(o.key)}>
          {o.label}
        </Text>
      ))}
    </View>
  );
}

export const labelled = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key] }));
