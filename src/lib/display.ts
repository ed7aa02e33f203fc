import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { systemFontPx } from './system-font';

/**
 * How pages are shown: 长辈版 (elder mode: text of 18 px and more, tap targets of 60 × 60 px, no colour-only cues)
 * and a text size step on top of either mode. Pages never read this: the Page component puts the classes on its
 * root and app.css turns them into the design tokens (CSS variables) every page's styles use.
 */
export interface Display {
  elder: boolean;
  step: TextStep;
}
export type TextStep = 0 | 1 | 2;

/** The steps offered under 文字大小; the largest sets main functions' text at 30 px in 长辈版, as MIIT's spec asks. */
export const TEXT_STEPS: ReadonlyArray<{ step: TextStep; name: string }> = [
  { step: 0, name: '标准' },
  { step: 1, name: '大' },
  { step: 2, name: '特大' },
];

const KEY = 'display';
/** WeChat's default is 17 px; 20 px and more (and 关怀模式) is someone who needs larger text. */
const ELDER_FROM_PX = 20;

/** What the phone's own text size suggests, for someone who has not chosen here yet. */
export function displayFromSystemFont(px: number | null): Display {
  if (px === null) return { elder: false, step: 0 };
  if (px >= ELDER_FROM_PX) return { elder: true, step: px >= 24 ? 2 : px >= 22 ? 1 : 0 };
  return { elder: false, step: px >= 18 ? 1 : 0 };
}

function load(): Display {
  try {
    const saved = Taro.getStorageSync(KEY) as Display | '';
    if (saved && typeof saved.elder === 'boolean') return { elder: saved.elder, step: saved.step ?? 0 };
  } catch {
    // unreadable storage: follow the phone
  }
  return displayFromSystemFont(systemFontPx());
}

let current: Display | null = null;
const listeners = new Set<(display: Display) => void>();

export function display(): Display {
  current ??= load();
  return current;
}

/** The person's choice: remembered on the device and shown at once on every open page. */
export function setDisplay(change: Partial<Display>): void {
  current = { ...display(), ...change };
  try {
    Taro.setStorageSync(KEY, current);
  } catch {
    // shown now, forgotten on restart
  }
  for (const listener of listeners) listener(current);
}

export function onDisplayChange(listener: (display: Display) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page root's classes for a display; app.css maps them to tokens. */
export function displayClasses({ elder, step }: Display): string {
  return `${elder ? 'page--elder' : 'page--standard'} text-step-${step}`;
}

export function useDisplay(): Display {
  const [shown, setShown] = useState(display);
  useEffect(() => onDisplayChange(setShown), []);
  return shown;
}
