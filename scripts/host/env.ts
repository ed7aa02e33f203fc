import { resolve } from 'node:path';
import * as z from 'zod';

/** Host settings, parsed once at start: a bad value stops the host with a clear message. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  /** Seconds between runs of the timer-triggered functions (outbox dispatch, escalation). */
  TIMER_SECONDS: z.coerce.number().min(1).max(3600).default(5),
});

export type HostEnv = z.infer<typeof EnvSchema> & { dataDir: string; staticDir: string };

export function readEnv(env: NodeJS.ProcessEnv = process.env): HostEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${detail}`);
  }
  const root = resolve(__dirname, '../..');
  return { ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR), staticDir: resolve(root, 'dist/h5') };
}
