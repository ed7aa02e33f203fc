import { WordListContentCheck } from '../../cloudfunctions/core/platform/local-content-check';
import type { Platform } from '../../cloudfunctions/core/platform/platform';

/** WeChat's services for unit tests that call domain code directly: every send succeeds, text is checked locally. */
export function stubPlatform(overrides: Partial<Platform> = {}): Platform {
  return { subscribe: { send: async () => ({ ok: true }) }, contentCheck: new WordListContentCheck(), ...overrides };
}
