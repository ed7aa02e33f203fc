import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { LAZY_PACKAGES } from '../../scripts/build-functions';
import { timerTriggers } from '../../scripts/cloud-config';

/**
 * The deployable functions as `npm run build:weapp` leaves them in dist/ (npm test builds them first): every folder
 * complete for 云端安装依赖, its config.json valid and granting exactly the open APIs its bundle calls, and
 * cloudbaserc.json describing every function for `tcb fn deploy`.
 */
const dist = resolve(__dirname, '../../dist');
const fnRoot = join(dist, 'cloudfunctions');
if (!existsSync(fnRoot)) throw new Error(`${fnRoot} is missing: run \`npm run build:weapp\` (npm test does) before this suite`);

const CRON = /^(\S+ ){6}\S+$/;
const ConfigJson = z
  .object({
    permissions: z.object({ openapi: z.array(z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/)) }).strict(),
    triggers: z.array(z.object({ name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,59}$/), type: z.literal('timer'), config: z.string().regex(CRON) }).strict()),
  })
  .strict();
const Rc = z.object({
  version: z.literal('2.0'),
  envId: z.string().min(1),
  functionRoot: z.literal('./cloudfunctions'),
  functions: z.array(
    z.object({
      name: z.string(),
      runtime: z.string().regex(/^Nodejs\d+\.\d+$/),
      handler: z.literal('index.main'),
      installDependency: z.literal(true),
      timeout: z.number().int().min(1).max(60),
      memorySize: z.number().int(),
      envVariables: z.record(z.string(), z.string()),
      triggers: z.array(z.unknown()),
    }),
  ),
});

const names = Object.keys(FUNCTIONS).sort();
const read = (name: string, file: string) => readFileSync(join(fnRoot, name, file), 'utf8');

describe('the cloud functions as deployed', () => {
  it('has one folder per registered function, and no other', () => {
    expect(readdirSync(fnRoot).sort()).toEqual(names);
  });

  it.each(names)('%s: index.js exporting main, package.json with wx-server-sdk, config.json valid', (name) => {
    expect(read(name, 'index.js')).toMatch(/main/);
    const pkg = JSON.parse(read(name, 'package.json')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main).toBe('index.js');
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
    const config = ConfigJson.parse(JSON.parse(read(name, 'config.json')));
    expect(config.triggers).toEqual(timerTriggers(name));
  });

  it.each(names)('%s: config.json grants exactly the open APIs its bundle calls', (name) => {
    const code = read(name, 'index.js');
    // Each CloudBase adapter calls `cloud.openapi.<group>.<api>(…)`; minified, the property chain stays readable.
    const called = [...new Set([...code.matchAll(/openapi\.([a-zA-Z]+)\.([a-zA-Z]+)\(/g)].map((m) => `${m[1]}.${m[2]}`))].sort();
    const granted = (JSON.parse(read(name, 'config.json')) as { permissions: { openapi: string[] } }).permissions.openapi;
    expect({ name, granted }).toEqual({ name, granted: called });
  });

  it('lets notify send subscribe messages, and nothing else call an open API it does not use', () => {
    expect(JSON.parse(read('notify', 'config.json')).permissions.openapi).toContain('subscribeMessage.send');
    expect(read('user', 'index.js')).not.toMatch(/subscribeMessage|msgSecCheck/);
  });

  it.each(names)('%s: requires only wx-server-sdk, Node built-ins and its own lazy files', (name) => {
    const required = [...read(name, 'index.js').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    const allowed = new Set(['wx-server-sdk', ...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...(LAZY_PACKAGES[name] ?? []).map((p) => `./${p}.js`)]);
    expect(required.filter((r) => !allowed.has(r))).toEqual([]);
    for (const pkg of LAZY_PACKAGES[name] ?? []) expect(existsSync(join(fnRoot, name, `${pkg}.js`))).toBe(true);
  });

  it('writes cloudbaserc.json for every function: cloud install, limits, environment variables and the same triggers', () => {
    const rc = Rc.parse(JSON.parse(readFileSync(join(dist, 'cloudbaserc.json'), 'utf8')));
    expect(rc.functions.map((f) => f.name).sort()).toEqual(names);
    for (const f of rc.functions) {
      expect({ name: f.name, env: f.envVariables.HUB_SECRET }).toEqual({ name: f.name, env: '{{env.HUB_SECRET}}' });
      expect(f.triggers).toEqual(timerTriggers(f.name));
    }
    // Secrets come from the deploy folder's .env files, never from the generated file.
    expect(JSON.stringify(rc)).not.toMatch(/HUB_SECRET":"(?!\{\{)/);
  });
});
