// `npm run seed:cloudbase -- [--demo]`: writes the same seed that the local host uses into a CloudBase
// environment. Idempotent: documents are put by id, existing users keep their own changes.
// Default: the catalog content only (what a real deployment needs). --demo: the demo street, communities,
// users, activities, requests and messages too, for a test environment.
// Needs TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (an API key of the Tencent Cloud account).
import { seedCatalog, seedDemo } from '../cloudfunctions/core/seed/apply-seed';
import { seedDemoRequests } from '../cloudfunctions/core/seed/demo-requests';
import { CloudBaseStore } from '../cloudfunctions/core/store/cloudbase/cloudbase-store';

type Db = ConstructorParameters<typeof CloudBaseStore>[0];

export async function seedCloudBase(db: Db, mode: 'catalog' | 'demo', now: number): Promise<void> {
  const store = new CloudBaseStore(db);
  if (mode === 'demo') {
    await seedDemo(store, now);
    await seedDemoRequests(store, now);
  } else await seedCatalog(store);
}

async function main(): Promise<void> {
  const { TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;
  if (!TCB_ENV || !TENCENTCLOUD_SECRETID || !TENCENTCLOUD_SECRETKEY) {
    console.error('需要环境变量 TCB_ENV、TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY（云开发环境 ID 与腾讯云 API 密钥）');
    process.exit(2);
  }
  // Loaded lazily: wx-server-sdk is only needed here and in the deployed functions.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(): Db };
  cloud.init({ env: TCB_ENV, secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY });
  const mode = process.argv.includes('--demo') ? 'demo' : 'catalog';
  await seedCloudBase(cloud.database(), mode, Date.now());
  console.log(`已写入 ${TCB_ENV}：${mode === 'demo' ? '演示数据与事项目录' : '事项目录'}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
