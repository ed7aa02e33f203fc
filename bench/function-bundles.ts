import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildFunctions } from '../scripts/build-functions';

const root = resolve(__dirname, '..');

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Median over fresh Node processes of the milliseconds `script` prints (its last line). */
function medianMs(script: string, runs: number): number {
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()));
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)]! * 10) / 10;
}

export interface FunctionBundleFigures {
  name: string;
  /** index.js: what every cold start loads. */
  kb: number;
  coldRequireMs: number;
  /** Files loaded only on the paths that need them (scripts/build-functions.ts LAZY_PACKAGES), and their first require. */
  lazy: Array<{ file: string; kb: number; firstRequireMs: number }>;
}

/**
 * Each cloud function's bundle size and its cold require time: a fresh Node process requiring the bundle
 * (wx-server-sdk resolved from node_modules, as CloudBase installs it), median of several runs; and each lazy
 * file's size and the time its first require adds.
 */
export async function benchFunctionBundles(runs = 5): Promise<FunctionBundleFigures[]> {
  const built = await buildFunctions();
  return built.map(({ name, bytes, lazy }) => {
    const dir = resolve(root, 'dist/cloudfunctions', name);
    const timed = (file: string) => `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
    return {
      name,
      kb: kb(bytes),
      coldRequireMs: medianMs(timed(resolve(dir, 'index.js')), runs),
      lazy: lazy.map((l) => {
        const file = resolve(dir, `${l.pkg}.js`);
        return { file: `${l.pkg}.js`, kb: kb(l.bytes), firstRequireMs: medianMs(`require(${JSON.stringify(resolve(dir, 'index.js'))});${timed(file)}`, runs) };
      }),
    };
  });
}
