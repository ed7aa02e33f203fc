/**
 * Fixes for what Taro's H5 runtime draws around and inside pages (navigation bar, tab bar, buttons); the
 * mini-program has WeChat's native ones, so this is empty there and h5-chrome.h5.ts is what the H5 build uses.
 */
export function startH5Chrome(): void {}
