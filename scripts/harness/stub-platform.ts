import { WordListContentCheck } from '../../cloudfunctions/core/platform/local-content-check';
import type { Platform } from '../../cloudfunctions/core/platform/platform';

/**
 * WeChat's services for unit tests that call domain code directly: every send succeeds, text is checked locally,
 * there are no files (every photo reads as missing) and no mini-program codes.
 */
export function stubPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    subscribe: { send: async () => ({ ok: true }) },
    contentCheck: new WordListContentCheck(),
    files: { pathOf: () => null, read: async () => null, tempUrls: async () => ({}), write: async (path) => `stub:${path}` },
    mediaCheck: { image: async () => ({ verdict: 'review' }) },
    miniCode: { unlimited: async () => null },
    ...overrides,
  };
}
