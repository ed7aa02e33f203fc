import Taro from '@tarojs/taro';

/**
 * The text size the person chose for WeChat (我 → 设置 → 通用 → 字体大小; 关怀模式 sets a large one), in px:
 * getAppBaseInfo where the base library has it, else the older getSystemInfoSync. The H5 build resolves
 * system-font.h5.ts instead. Null when WeChat does not say.
 */
export function systemFontPx(): number | null {
  try {
    const base = (Taro.getAppBaseInfo?.() ?? {}) as { fontSizeSetting?: number };
    return base.fontSizeSetting ?? Taro.getSystemInfoSync().fontSizeSetting ?? null;
  } catch {
    return null;
  }
}
