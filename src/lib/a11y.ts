/** What a tappable element that is not a Button is, for screen readers. */
export type TapRole = 'button' | 'link' | 'switch' | 'tab' | 'checkbox' | 'radio';

export interface TapState {
  /** A name when the visible text does not say it (an icon, a number, an arrow). */
  label?: string;
  /** A toggle (switch, checkbox, radio): on or off. */
  checked?: boolean;
  /** A chip or a tab: chosen or not. */
  selected?: boolean;
}

/**
 * Role, name and state of a tappable View or Text, in each platform's words: the H5 DOM takes ARIA (`role`,
 * `aria-*`, focusable with `tabindex`); WeChat's components take `aria-role` and `aria-*` (kept in the template by
 * config/a11y-attributes-plugin.ts). The one place the difference lives.
 */
export function tapProps(role: TapRole = 'button', state: TapState = {}): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  if (process.env.TARO_ENV === 'h5') {
    props.role = role;
    props.tabIndex = 0;
  } else {
    props['aria-role'] = role;
  }
  if (state.label) props['aria-label'] = state.label;
  if (state.checked !== undefined) props['aria-checked'] = String(state.checked);
  // A pressed filter chip: aria-pressed in the DOM; WeChat knows only aria-selected for it.
  if (state.selected !== undefined) props[role === 'tab' || process.env.TARO_ENV !== 'h5' ? 'aria-selected' : 'aria-pressed'] = String(state.selected);
  return props;
}

/** The role of a container that groups tappable elements (tabs, a set of choices). */
export function groupProps(role: 'tablist' | 'radiogroup' | 'group', label?: string): Record<string, string> {
  const props: Record<string, string> = process.env.TARO_ENV === 'h5' ? { role } : { 'aria-role': role };
  if (label) props['aria-label'] = label;
  return props;
}
