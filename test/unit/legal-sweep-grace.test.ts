import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SWEEP_GRACE_MS } from '../../cloudfunctions/core/legal-aid/sweep.service';

/**
 * The legal-aid sweep frees a claim whose booking never appeared once it is older than its grace: only safe when no
 * request can still be running by then, so the grace must outlast the function's deployed timeout.
 */
it('the sweep\'s grace outlasts the legal-aid function\'s timeout', () => {
  const config = JSON.parse(readFileSync(resolve(__dirname, '../../config/cloudfunctions.json'), 'utf8')) as { defaults: { timeout: number }; functions: Record<string, { timeout?: number }> };
  const timeoutMs = (config.functions['legal-aid']?.timeout ?? config.defaults.timeout) * 1000;
  expect(timeoutMs).toBe(20_000);
  expect(SWEEP_GRACE_MS).toBeGreaterThan(timeoutMs);
});
