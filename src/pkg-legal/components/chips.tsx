import { Text, View } from '@tarojs/components';
import { tapProps, groupProps } from '../../lib/a11y';
import './legal.css';

export interface ChipOption<T extends string> {
  id: T;
  name: string;
}

interface Props<T extends string> {
  options: readonly ChipOption<T>[];
  /** One chosen id, or several with `multi`. */
  value: T | null | readonly T[];
  onChange: (next: T[]) => void;
  multi?: boolean;
  /** The page's own class for each chip, e.g. `book__specialty`, so journeys can find it. */
  className?: string;
}

/** Big tappable choices (elderly residents tap words, not tiny radio buttons): one or several. */
export function Chips<T extends string>({ options, value, onChange, multi, className = '' }: Props<T>) {
  const chosen: readonly T[] = Array.isArray(value) ? value : value ? [value as T] : [];
  const toggle = (id: T) => {
    if (!multi) return onChange([id]);
    onChange(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  };
  return (
    <View className='legal-chips' {...groupProps(multi ? 'group' : 'radiogroup')}>
      {options.map((o) => (
        <Text key={o.id} className={`legal-chip ${className} ${chosen.includes(o.id) ? 'legal-chip--on' : ''}`} {...tapProps(multi ? 'checkbox' : 'radio', { checked: chosen.includes(o.id) })} onClick={() => toggle(o.id)}>
          {o.name}
        </Text>
      ))}
    </View>
  );
}
