import { display, onDisplayChange } from './display';
import './h5-chrome.css';

/** Taro's controls that are buttons to a finger but nothing to a screen reader or a keyboard. */
const BUTTON_LIKE = 'taro-button-core, taro-picker-core, #taro-navigation-bar .taro-navigation-bar-back, #taro-navigation-bar .taro-navigation-bar-home';
const ROLES_TAKING_KEYS = ['button', 'switch', 'tab', 'checkbox', 'radio', 'link'];

/** Sets an attribute only when it differs: each write is a mutation the observer below would see again. */
function put(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Names, roles and fixes one element of Taro's H5 output may need; idempotent, and silent once done. */
function fix(el: Element): void {
  // Taro writes disabled="false" on an enabled button, and its own [disabled] rule then fades the text to 3:1.
  if (el.getAttribute('disabled') === 'false') el.removeAttribute('disabled');
  if (el.matches(BUTTON_LIKE) && !el.hasAttribute('role')) {
    put(el, 'role', 'button');
    put(el, 'tabindex', '0');
  }
  if (el.matches('.taro-navigation-bar-back')) put(el, 'aria-label', '返回');
  if (el.matches('.taro-navigation-bar-home')) put(el, 'aria-label', '回到首页');
  // Taro's field wrappers keep aria-label to themselves: the native field inside is what a screen reader names.
  const field = el.matches('taro-input-core, taro-textarea-core') ? el.querySelector('input, textarea') : el.matches('input, textarea') ? el : null;
  const wrapper = field?.closest('taro-input-core[aria-label], taro-textarea-core[aria-label]');
  if (field && wrapper) put(field, 'aria-label', wrapper.getAttribute('aria-label')!);
  // The tab bar's icons sit beside their label: decorative.
  if (el.matches('.weui-tabbar__icon img, .weui-tabbar__item img') && !el.hasAttribute('alt')) put(el, 'alt', '');
}

function fixTree(root: Element): void {
  fix(root);
  for (const el of Array.from(root.querySelectorAll('[disabled], taro-button-core, taro-picker-core, input, textarea, #taro-navigation-bar > div, .weui-tabbar img'))) fix(el);
}

/**
 * The H5 build's chrome: the same accessibility as the pages (roles, names, keyboard, sizes of 长辈版 for the bars
 * Taro draws outside them), applied as Taro renders.
 */
export function startH5Chrome(): void {
  if (!document.body) {
    document.addEventListener('DOMContentLoaded', startH5Chrome, { once: true });
    return;
  }
  const root = document.documentElement;
  const apply = () => root.classList.toggle('h5-elder', display().elder);
  apply();
  onDisplayChange(apply);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes') fix(change.target as Element);
      else for (const node of Array.from(change.addedNodes)) if (node instanceof Element) fixTree(node);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'aria-label'] });
  fixTree(document.body);
  // A role=button made of a View answers Enter and Space as a real button does.
  document.addEventListener('keydown', (event) => {
    const el = event.target as Element | null;
    if (!el || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (!ROLES_TAKING_KEYS.includes(el.getAttribute('role') ?? '') || el.matches('button, a, input, textarea')) return;
    event.preventDefault();
    (el as HTMLElement).click();
  });
}
