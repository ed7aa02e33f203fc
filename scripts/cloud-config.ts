// What each deployed function's folder and the CloudBase CLI are told about it, derived from the code's registries:
// config.json (read by WeChat DevTools and CloudBase: open-API permissions and timer triggers) and cloudbaserc.json
// (read by `tcb fn deploy`: runtime, timeout, memory, environment variables, the same triggers).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { CLOUD_ADAPTERS } from '../cloudfunctions/core/cloudbase/cloud-adapters';
import { functionNamed } from '../cloudfunctions/core/functions';
import { timerActions } from '../cloudfunctions/core/kernel/run-action';

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** CloudBase's seven-field cron: second minute hour day month weekday year. */
  config: string;
}

export interface FunctionConfigJson {
  permissions: { openapi: string[] };
  triggers: TimerTrigger[];
}

/** The ports' open APIs, sorted and once each. */
export function openApisOf(ports: readonly string[]): string[] {
  const adapters: Readonly<Record<string, { openapi: readonly string[] }>> = CLOUD_ADAPTERS;
  return [...new Set(ports.flatMap((p) => adapters[p]?.openapi ?? []))].sort();
}

/** Timer triggers: one per action whose rule in the authorization table declares a timer, named after the action. */
export function timerTriggers(name: string): TimerTrigger[] {
  const fn = functionNamed(name);
  if (!fn) throw new Error(`cloudfunctions/${name} has no function definition in cloudfunctions/core/functions.ts`);
  return timerActions(fn).map((action) => ({ name: action, type: 'timer', config: fn.policy[action]!.timer!.cron }));
}

/** A function's config.json: the open APIs of the ports its bundle uses, and its timer triggers. */
export function cloudConfig(name: string, ports: readonly string[]): FunctionConfigJson {
  return { permissions: { openapi: openApisOf(ports) }, triggers: timerTriggers(name) };
}

const Limits = z.object({ timeout: z.number().int().min(1).max(60).optional(), memorySize: z.union([z.literal(128), z.literal(256), z.literal(512), z.literal(1024), z.literal(2048)]).optional() }).strict();
const DeploySchema = z
  .object({
    runtime: z.string().regex(/^Nodejs\d+\.\d+$/),
    defaults: Limits.required(),
    functions: z.record(z.string(), Limits),
    environment: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.object({ required: z.boolean(), functions: z.union([z.literal('all'), z.array(z.string())]) }).strict()),
  })
  .strict();
export type DeployConfig = z.infer<typeof DeploySchema>;

export const DEPLOY_CONFIG_FILE = resolve(__dirname, '../config/cloudfunctions.json');

/** config/cloudfunctions.json, checked: every function it names must exist. */
export function loadDeployConfig(names: readonly string[], file = DEPLOY_CONFIG_FILE): DeployConfig {
  const parsed = DeploySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`invalid ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const named = [...Object.keys(parsed.data.functions), ...Object.values(parsed.data.environment).flatMap((e) => (e.functions === 'all' ? [] : e.functions))];
  const unknown = named.filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`${file} names functions that do not exist: ${unknown.join(', ')}`);
  return parsed.data;
}

/** The environment variables a function is given, as CloudBase CLI dynamic variables read from `.env` files at deploy. */
export function environmentOf(name: string, deploy: DeployConfig): Record<string, string> {
  const vars = Object.entries(deploy.environment).filter(([, e]) => e.functions === 'all' || e.functions.includes(name));
  return Object.fromEntries(vars.map(([key]) => [key, `{{env.${key}}}`]));
}

/**
 * cloudbaserc.json for `tcb fn deploy`, run from the folder that holds it and `cloudfunctions/` (dist/): version 2.0
 * so that `{{env.X}}` takes values from that folder's `.env.local` (secrets never enter a generated file).
 */
export function cloudbaserc(names: readonly string[], deploy: DeployConfig) {
  return {
    version: '2.0',
    envId: '{{env.TCB_ENV}}',
    functionRoot: './cloudfunctions',
    functions: names.map((name) => ({
      name,
      runtime: deploy.runtime,
      handler: 'index.main',
      installDependency: true,
      ...deploy.defaults,
      ...deploy.functions[name],
      envVariables: environmentOf(name, deploy),
      triggers: timerTriggers(name),
    })),
  };
}
