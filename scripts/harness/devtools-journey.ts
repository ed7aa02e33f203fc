import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AutomatorMiniProgram } from './automator-api';
import { AutomatorSession, type AutomatorDriver } from './automator-driver';
import type { Journey } from './journey';
import { REPO_ROOT, startTestHost, type TestHostOptions } from './test-host';

/** Where `npm run test:devtools` builds the weapp that reaches the test host over HTTP, and the port it was built for. */
export const JOURNEY_WEAPP_DIR = 'dist/weapp-journey';
export const JOURNEY_PORT = 8790;

/** What is missing to run the journeys in WeChat DevTools, or null when nothing is. */
export function devtoolsMissing(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (!env.WECHAT_DEVTOOLS_CLI) {
    return [
      'WECHAT_DEVTOOLS_CLI is not set: the DevTools journeys need WeChat DevTools on this machine and the path of its command-line tool, e.g.',
      '  macOS:   WECHAT_DEVTOOLS_CLI=/Applications/wechatwebdevtools.app/Contents/MacOS/cli npm run test:devtools',
      '  Windows: set WECHAT_DEVTOOLS_CLI=C:\\Program Files (x86)\\Tencent\\微信web开发者工具\\cli.bat',
      'and, in DevTools, 设置 → 安全设置 → 服务端口 (CLI/HTTP 调用) turned on. `npm test` runs the same journeys on the H5 build.',
    ].join('\n');
  }
  if (!existsSync(env.WECHAT_DEVTOOLS_CLI)) return `WECHAT_DEVTOOLS_CLI=${env.WECHAT_DEVTOOLS_CLI} does not exist`;
  return null;
}

/**
 * The test host on the journey build's port and WeChat DevTools running that build (launched by
 * miniprogram-automator), its phones taking turns on the one simulator.
 */
export async function startDevtoolsJourney(hostOptions: Omit<TestHostOptions, 'staticDir' | 'port'> = {}): Promise<Journey<AutomatorDriver>> {
  const missing = devtoolsMissing();
  if (missing) throw new Error(missing);
  const projectPath = resolve(REPO_ROOT, JOURNEY_WEAPP_DIR);
  const appJson = join(projectPath, 'app.json');
  if (!existsSync(appJson)) throw new Error(`${appJson} is missing: run the journeys with \`npm run test:devtools\`, which builds it`);
  const tabs = ((JSON.parse(readFileSync(appJson, 'utf8')) as { tabBar?: { list: Array<{ pagePath: string }> } }).tabBar?.list ?? []).map((t) => t.pagePath);
  const host = await startTestHost({ ...hostOptions, port: Number(process.env.JOURNEY_PORT ?? JOURNEY_PORT) });
  try {
    const automator = require('miniprogram-automator') as { launch(options: { cliPath: string; projectPath: string; trustProject?: boolean }): Promise<AutomatorMiniProgram> };
    const mp = await automator.launch({ cliPath: process.env.WECHAT_DEVTOOLS_CLI!, projectPath, trustProject: true });
    const session = new AutomatorSession(mp, host.url, tabs);
    return {
      host,
      driver: session.phone(),
      phone: async () => session.phone(),
      async stop() {
        await session.close();
        await host.close();
      },
    };
  } catch (err) {
    await host.close();
    throw err;
  }
}
