import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildFunctions } from '../scripts/build-functions';

const root = resolve(__dirname, '..');

/**
 * Each cloud function's bundle size and its cold require time: a fresh Node process requiring the bundle
 * (wx-server-sdk resolved from node_modules, as CloudBase installs it), median of several runs.
 */
export async function benchFunctionBundles(runs = 5): Promise<Array<{ name: string; kb: number; coldRequireMs: number }>> {
  const built = await buildFunctions();
  return built.map(({ name, bytes }) => {
    const file = resolve(root, 'dist/cloudfunctions', name, 'index.js');
    const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
    const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()));
    times.sort((a, b) => a - b);
    return { name, kb: Math.round((bytes / 1024) * 10) / 10, coldRequireMs: Math.round(times[Math.floor(runs / 2)]! * 10) / 10 };
  });
}
