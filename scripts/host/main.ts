import { existsSync } from 'node:fs';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import { systemClock } from '../../cloudfunctions/core/kernel/clock';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { createHostApp } from './app';
import { readEnv } from './env';
import { loadNotifyConfig } from './notify-config';
import { openData } from './open-data';
import { startTimers } from './timers';

async function main(): Promise<void> {
  const env = readEnv();
  const notify = loadNotifyConfig();
  const { store, secret, seeded, platform } = await openData(env.dataDir, systemClock.now(), notify, { demoRequests: true });
  const staticDir = existsSync(env.staticDir) ? env.staticDir : undefined;
  const config = parseAppConfig({ secret, notify });
  const app = createHostApp({ store, clock: systemClock, config, platform, secret, ...(staticDir ? { staticDir } : {}) });

  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${port}/`;
  console.log(`\n社区服务通 本地服务已启动: ${url}`);
  console.log(`数据目录: ${env.dataDir}${seeded ? '（已新建并写入演示数据）' : '（沿用已有数据）'}`);
  if (!staticDir) console.log('提示: 未找到 dist/h5，请先运行 npm run build:h5（npm start 会自动构建）');
  console.log('\n演示账号（在登录页点选，或输入任意新 openid 以新居民身份登录）:');
  for (const u of DEMO_USERS) console.log(`  ${u._id.padEnd(22)} ${u.label} ${u.name}`);
  console.log(`\n订阅消息（本地不发往微信）写入: ${platform.subscribe.file}；每 ${env.TIMER_SECONDS} 秒发送一次到期消息。`);
  console.log('\n按 Ctrl-C 停止。');
  // The timer triggers (outbox dispatch) on an interval, as CloudBase's would.
  const timers = startTimers({ store, clock: systemClock, config, platform }, env.TIMER_SECONDS);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止…`);
    // Keep-alive connections must not hold the process open forever.
    setTimeout(() => process.exit(0), 3000).unref();
    void timers
      .stop()
      .then(() => app.close())
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
