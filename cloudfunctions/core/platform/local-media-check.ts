import type { Files } from './files';
import type { MediaCheck, MediaCheckRequest, MediaCheckResult } from './media-check';

/**
 * The local host's stand-in for WeChat's media check: it answers at once, from markers a test image may carry in its
 * bytes (`RISKY-IMAGE`, `REVIEW-IMAGE`), so that the three outcomes can be tried without WeChat. Any other image
 * passes. It is not a moderation model; production uses WeChat's check.
 */
export class MarkerMediaCheck implements MediaCheck {
  constructor(private readonly files: Files) {}

  async image(check: MediaCheckRequest): Promise<MediaCheckResult> {
    const file = await this.files.read(check.fileId);
    if (!file) return { verdict: 'review' };
    const text = file.bytes.toString('latin1');
    if (text.includes('RISKY-IMAGE')) return { verdict: 'risky' };
    if (text.includes('REVIEW-IMAGE')) return { verdict: 'review' };
    return { verdict: 'pass' };
  }
}
