import { Text } from '@tarojs/components';
import { tapProps, type TapRole } from '../../lib/a11y';

interface Props {
  label: string;
  on: boolean;
  onTap: () => void;
  /** The page's own class for it (e.g. `catalog__chip`); a chosen one also gets `<className>--on`. */
  className?: string;
  /** `radio` where exactly one is chosen and it means an answer; `button` (pressed or not) for filters. */
  role?: TapRole;
}

/** A filter or an answer to pick: a target's size, and a chosen one ticked (✓) and outlined, not only coloured. */
export function Chip({ label, on, onTap, className = '', role = 'button' }: Props) {
  const own = className ? ` ${className}${on ? ` ${className}--on` : ''}` : '';
  const state = role === 'radio' || role === 'checkbox' ? { checked: on } : { selected: on };
  return (
    <Text className={`chip${on ? ' chip--on' : ''}${own}`} {...tapProps(role, state)} onClick={onTap}>
      {label}
    </Text>
  );
}
