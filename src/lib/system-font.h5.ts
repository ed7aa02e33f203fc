/**
 * The H5 build's system-font.ts: a browser's own default text size (its 字体大小 setting), read from an element set
 * to the `medium` keyword, since the page's root size is Taro's own (rem units scaled to the screen's width).
 */
export function systemFontPx(): number | null {
  const probe = document.createElement('div');
  probe.style.cssText = 'font-size:medium;position:absolute;visibility:hidden';
  document.body.appendChild(probe);
  const px = Number.parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return Number.isFinite(px) ? px : null;
}
