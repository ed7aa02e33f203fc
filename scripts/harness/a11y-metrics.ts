/**
 * What the accessibility check measures on the page on screen, in the browser: the computed size of every piece of
 * text, the size of everything a finger can tap (and whether a screen reader can name it), and the contrast of
 * every piece of text against what is painted behind it. `measureScreen` runs inside the page (page.evaluate), so it
 * is one self-contained function with no imports and no helpers from outside its body.
 */

export interface TextSample {
  text: string;
  px: number;
  /** The element's class, to find it in the source. */
  where: string;
}

export interface TargetSample {
  name: string;
  where: string;
  w: number;
  h: number;
}

export interface ContrastSample {
  text: string;
  where: string;
  ratio: number;
  fg: string;
  bg: string;
}

export interface ScreenMetrics {
  /** Characters of visible text, and how many of them are set under 16 and under 18 CSS px. */
  chars: number;
  charsUnder16: number;
  charsUnder18: number;
  minFontPx: number;
  /** The smallest texts, smallest first (a few). */
  smallest: TextSample[];
  /** Tappable elements on screen and the ones smaller than the minimum asked for. */
  targets: number;
  minTarget: { w: number; h: number };
  smallTargets: TargetSample[];
  /** Tappable elements a screen reader cannot announce as a control with a name. */
  unnamed: TargetSample[];
  minContrast: number;
  lowContrast: ContrastSample[];
}

/** Runs in the page. `minTarget` is the side a tap target must reach; `minRatio` the contrast text must reach. */
export function measureScreen(options: { minTarget: number; minRatio: number }): ScreenMetrics {
  type Rgba = [number, number, number, number];
  const INTERACTIVE_ROLES = ['button', 'link', 'tab', 'checkbox', 'radio', 'switch', 'option', 'menuitem', 'combobox', 'slider', 'textbox', 'searchbox'];
  const NATIVE = 'button, a[href], input:not([type=hidden]), textarea, select';
  const TARO_CONTROLS = ['TARO-BUTTON-CORE', 'TARO-SWITCH-CORE', 'TARO-PICKER-CORE', 'TARO-CHECKBOX-CORE', 'TARO-RADIO-CORE', 'TARO-INPUT-CORE', 'TARO-TEXTAREA-CORE'];

  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const where = (el: Element) => {
    const own = typeof el.className === 'string' ? el.className.trim() : '';
    if (own) return `${el.tagName.toLowerCase()}.${own.split(/\s+/).join('.')}`;
    const parent = el.parentElement;
    return parent ? `${parent.tagName.toLowerCase()}.${String(parent.className).trim().split(/\s+/).join('.')} > ${el.tagName.toLowerCase()}` : el.tagName.toLowerCase();
  };
  const parse = (css: string): Rgba[] => {
    const out: Rgba[] = [];
    for (const m of css.matchAll(/rgba?\(([^)]+)\)/g)) {
      const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      out.push([parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1]);
    }
    return out;
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  const luminance = (c: Rgba) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratioOf = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

  /**
   * The text colour and the colours behind it, as painted: backgrounds composited from the root down (a gradient
   * counts as each of its colours), and every ancestor's opacity applied to both, over what is behind it.
   */
  const paintedColours = (el: Element, fgColour: Rgba): { fg: Rgba; bg: Rgba } => {
    const chain: Element[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) chain.unshift(n);
    let bgs: Rgba[] = [[255, 255, 255, 1]];
    const groups: Array<{ outside: Rgba[]; alpha: number }> = [];
    for (const node of chain) {
      const style = getComputedStyle(node);
      const alpha = Number(style.opacity);
      if (alpha < 1) groups.push({ outside: bgs, alpha });
      const gradient = parse(style.backgroundImage).filter((c) => c[3] > 0);
      const solid = parse(style.backgroundColor).filter((c) => c[3] > 0);
      const tops = gradient.length > 0 ? gradient : solid;
      if (tops.length === 0) continue;
      bgs = tops.flatMap((top) => bgs.map((bottom) => over(top, bottom)));
    }
    let fgs = bgs.map((bg) => over(fgColour, bg));
    for (const group of groups.reverse()) {
      const outside = group.outside[0]!;
      fgs = fgs.map((c) => over([c[0], c[1], c[2], group.alpha], outside));
      bgs = bgs.map((c) => over([c[0], c[1], c[2], group.alpha], outside));
    }
    // The worst pairing decides.
    let worst = 0;
    for (let i = 1; i < bgs.length; i++) if (ratioOf(fgs[i]!, bgs[i]!) < ratioOf(fgs[worst]!, bgs[worst]!)) worst = i;
    return { fg: fgs[worst]!, bg: bgs[worst]! };
  };

  /** A React onClick on the component that rendered this element: how Taro's H5 components take taps. */
  const hasClickHandler = (el: Element) => {
    const key = Object.keys(el).find((k) => k.startsWith('__reactFiber'));
    if (!key) return false;
    let fiber = (el as unknown as Record<string, { return: unknown; type: unknown; memoizedProps?: Record<string, unknown> }>)[key]?.return as
      | { return: unknown; type: unknown; memoizedProps?: Record<string, unknown> }
      | undefined;
    for (let depth = 0; fiber && depth < 3 && typeof fiber.type !== 'string'; depth++) {
      if (typeof fiber.memoizedProps?.onClick === 'function') return true;
      fiber = fiber.return as typeof fiber;
    }
    return false;
  };
  const isTappable = (el: Element) => {
    if (TARO_CONTROLS.includes(el.tagName)) return true;
    // Native fields inside Taro's wrappers are measured through their wrapper.
    if (el.matches(NATIVE)) return !el.closest('taro-input-core, taro-textarea-core, taro-switch-core, taro-checkbox-core, taro-radio-core');
    const role = el.getAttribute('role');
    if (role && INTERACTIVE_ROLES.includes(role)) return true;
    return hasClickHandler(el);
  };
  const nameOf = (el: Element) => (el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.getAttribute('placeholder') || el.querySelector('input, textarea')?.getAttribute('placeholder') || '').trim();
  const announced = (el: Element) => {
    const role = el.getAttribute('role');
    if (role && INTERACTIVE_ROLES.includes(role)) return true;
    if (el.matches(NATIVE)) return true;
    // Taro's field wrappers hold a native field that carries the semantics.
    return ['TARO-INPUT-CORE', 'TARO-TEXTAREA-CORE', 'TARO-SWITCH-CORE', 'TARO-CHECKBOX-CORE', 'TARO-RADIO-CORE'].includes(el.tagName) && Boolean(el.querySelector('input, textarea'));
  };

  const texts: TextSample[] = [];
  const contrasts: ContrastSample[] = [];
  const targets: TargetSample[] = [];
  const unnamed: TargetSample[] = [];
  let chars = 0;
  let charsUnder16 = 0;
  let charsUnder18 = 0;

  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!visible(el)) continue;
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, '');
    const field = el.matches('input, textarea') ? (el as HTMLInputElement).value || el.getAttribute('placeholder') || '' : '';
    const text = own || field.replace(/\s+/g, '');
    if (text && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') {
      const px = Number.parseFloat(getComputedStyle(el).fontSize);
      const n = [...text].length;
      chars += n;
      if (px < 16) charsUnder16 += n;
      if (px < 18) charsUnder18 += n;
      texts.push({ text: text.slice(0, 24), px, where: where(el) });
      // A placeholder is painted in its own colour.
      const placeholder = Boolean(field) && !(el as HTMLInputElement).value;
      const raw = parse(getComputedStyle(el, placeholder ? '::placeholder' : null).color)[0] ?? [0, 0, 0, 1];
      const { fg, bg } = paintedColours(el, raw);
      const ratio = ratioOf(fg, bg);
      contrasts.push({ text: text.slice(0, 24), where: where(el), ratio: Math.round(ratio * 100) / 100, fg: hex(fg), bg: hex(bg) });
    }
    if (isTappable(el)) {
      const r = el.getBoundingClientRect();
      const sample = { name: nameOf(el).slice(0, 24), where: where(el), w: Math.round(r.width), h: Math.round(r.height) };
      targets.push(sample);
      if (!announced(el) || !sample.name) unnamed.push(sample);
    }
  }

  texts.sort((a, b) => a.px - b.px);
  contrasts.sort((a, b) => a.ratio - b.ratio);
  const small = targets.filter((t) => t.w < options.minTarget || t.h < options.minTarget);
  return {
    chars,
    charsUnder16,
    charsUnder18,
    minFontPx: texts[0]?.px ?? 0,
    smallest: texts.slice(0, 5),
    targets: targets.length,
    minTarget: targets.length ? { w: Math.min(...targets.map((t) => t.w)), h: Math.min(...targets.map((t) => t.h)) } : { w: 0, h: 0 },
    smallTargets: small,
    unnamed,
    minContrast: contrasts[0]?.ratio ?? 21,
    lowContrast: contrasts.filter((c) => c.ratio < options.minRatio),
  };
}
