import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import { tapProps, type TapRole } from '../../lib/a11y';

interface Props {
  children: ReactNode;
  onTap: () => void;
  /** The page's own class; `link` (app.css) gives it a target's size and the look of a link. */
  className?: string;
  /** A name when the text alone does not say what a tap does. */
  label?: string;
  role?: TapRole;
}

/** Tappable text (查看办事指南, 我要纠错, 全部已读…): a button to screen readers, a full target to fingers. */
export function TapText({ children, onTap, className = '', label, role = 'button' }: Props) {
  return (
    <Text className={`link ${className}`} {...tapProps(role, label ? { label } : {})} onClick={onTap}>
      {children}
    </Text>
  );
}
