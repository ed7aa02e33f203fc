// `npm run setup`: prepares a new CloudBase environment, once, and says what it did. Idempotent: run it again and it
// creates only what is missing (a first-admin code that was never used is replaced by a new one).
//   - creates every collection in store/collections.ts that is missing;
//   - lists the indexes to create in the console (CloudBase's server SDK cannot create indexes) and the security rules;
//   - writes the service catalog and the org tree of config/org.json (or --org <file>);
//   - issues the first street administrator's one-time activation code (cloudfunctions/core/user/first-admin.ts).
// Needs TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (an API key of the Tencent Cloud account).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedCatalog } from '../cloudfunctions/core/seed/apply-seed';
import { parseOrgConfig, unitsOf } from '../cloudfunctions/core/seed/org-config';
import { CloudBaseStore } from '../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { COLLECTIONS } from '../cloudfunctions/core/store/collections';
import { declaredIndexes, type IndexDecl } from '../cloudfunctions/core/store/index-plan';
import { issueFirstAdminCode } from '../cloudfunctions/core/user/first-admin';

type Db = ConstructorParameters<typeof CloudBaseStore>[0] & { createCollection(name: string): Promise<unknown> };

export interface SetupOptions {
  org: unknown;
  /** The name the first administrator's record gets until they change it. */
  adminName: string;
  now: number;
}

export interface SetupReport {
  created: string[];
  existing: string[];
  indexes: IndexDecl[];
  units: number;
  catalog: boolean;
  firstAdmin: { code: string; expiresAt: number } | { claimedBy: string };
}

/** "Table exist" (-501001 ResourceInUse): the collection is there already. */
const exists = (err: unknown) => /ResourceInUse|Table exist|already exists?/i.test(String((err as { errMsg?: string })?.errMsg ?? err));

export async function setupCloudBase(db: Db, options: SetupOptions): Promise<SetupReport> {
  const org = parseOrgConfig(options.org);
  const report: SetupReport = { created: [], existing: [], indexes: declaredIndexes(), units: 0, catalog: false, firstAdmin: { claimedBy: '' } };
  for (const name of Object.keys(COLLECTIONS)) {
    try {
      await db.createCollection(name);
      report.created.push(name);
    } catch (err) {
      if (!exists(err)) throw err;
      report.existing.push(name);
    }
  }
  const store = new CloudBaseStore(db);
  await seedCatalog(store);
  report.catalog = true;
  const units = unitsOf(org);
  for (const unit of units) await store.put('units', unit);
  report.units = units.length;
  report.firstAdmin = await issueFirstAdminCode(store, org.street.id, options.adminName, options.now);
  return report;
}

const shanghai = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 16);

/** What an operator reads: what was done, and the steps left to do by hand, exactly. */
export function describeReport(report: SetupReport, env: string): string {
  const lines = [`云开发环境 ${env}：`];
  lines.push(`- 集合：新建 ${report.created.length} 个${report.created.length ? `（${report.created.join('、')}）` : ''}，已存在 ${report.existing.length} 个`);
  lines.push(`- 已写入事项目录与组织架构（${report.units} 个单位）`);
  if ('code' in report.firstAdmin) {
    const code = report.firstAdmin.code.replace(/(.{4})(?=.)/g, '$1-');
    lines.push(`- 首位街道管理员激活码：${code}（${shanghai(report.firstAdmin.expiresAt)} 前有效，仅可使用一次）`);
    lines.push(`  请管理员在小程序中打开 pkg-admin/activate/index?code=${report.firstAdmin.code} 或在该页输入激活码`);
  } else {
    lines.push(`- 首位街道管理员已激活（${report.firstAdmin.claimedBy.slice(0, 6)}…），不再签发激活码`);
  }
  lines.push('', '仍需在云开发控制台手动完成（服务端 SDK 无法创建索引或修改权限）：');
  lines.push('1. 数据库 → 各集合 → 索引管理 → 新建索引（非唯一）：');
  for (const i of report.indexes) lines.push(`   ${i.collection}: ${i.name}  [${i.keys.map((k) => `${k.field} ${k.direction === 1 ? '升序' : '降序'}`).join(', ')}]`);
  lines.push('2. 数据库 → 各集合 → 权限设置 → 自定义安全规则：按 config/database.rules.json 填写（客户端不可读写）');
  lines.push('3. 云存储 → 权限设置 → 自定义安全规则：填写 config/storage.rules.json 的内容');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;
  if (!TCB_ENV || !TENCENTCLOUD_SECRETID || !TENCENTCLOUD_SECRETKEY) {
    console.error('需要环境变量 TCB_ENV、TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY（云开发环境 ID 与腾讯云 API 密钥）');
    process.exit(2);
  }
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const orgFile = resolve(arg('--org') ?? resolve(__dirname, '../config/org.json'));
  // Loaded lazily: wx-server-sdk is only needed here and in the deployed functions.
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(): Db };
  cloud.init({ env: TCB_ENV, secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY });
  const report = await setupCloudBase(cloud.database(), { org: JSON.parse(readFileSync(orgFile, 'utf8')), adminName: arg('--admin-name') ?? '街道管理员', now: Date.now() });
  console.log(describeReport(report, TCB_ENV));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
