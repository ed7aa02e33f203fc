// `npm run test:devtools [-- jest args]`: the journeys of test/e2e on the weapp build in WeChat DevTools, through
// miniprogram-automator (scripts/harness/automator-driver.ts), where WECHAT_DEVTOOLS_CLI gives DevTools' CLI. Without
// it, says what is missing and exits non-zero. It builds the weapp for the test host (HUB_TRANSPORT=http, API_BASE on
// JOURNEY_PORT) into dist/weapp-journey, never into dist/weapp, so that build is never the one uploaded.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { devtoolsMissing, JOURNEY_PORT, JOURNEY_WEAPP_DIR } from './harness/devtools-journey';

const root = resolve(__dirname, '..');

function run(command: string, args: string[], env: Record<string, string>): number {
  return spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' }).status ?? 1;
}

function main(): number {
  const missing = devtoolsMissing();
  if (missing) {
    console.error(missing);
    return 1;
  }
  const port = String(process.env.JOURNEY_PORT ?? JOURNEY_PORT);
  const built = run('npx', ['taro', 'build', '--type', 'weapp'], { TARO_OUTPUT_ROOT: JOURNEY_WEAPP_DIR, HUB_TRANSPORT: 'http', API_BASE: `http://127.0.0.1:${port}` });
  if (built !== 0) return built;
  // DevTools opens this folder as its own project; the journey build talks to 127.0.0.1, so no domain check.
  const project = { miniprogramRoot: './', compileType: 'miniprogram', projectname: 'community-service-hub-journeys', appid: process.env.WX_APPID ?? 'touristappid', setting: { urlCheck: false, es6: false, minified: false } };
  writeFileSync(join(root, JOURNEY_WEAPP_DIR, 'project.config.json'), `${JSON.stringify(project, null, 2)}\n`);
  return run('npx', ['jest', '--config', 'jest.devtools.config.js', ...process.argv.slice(2)], { JOURNEY_DRIVER: 'devtools', JOURNEY_PORT: port });
}

process.exit(main());
