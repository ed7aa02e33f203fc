import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import type { Deps } from '../../cloudfunctions/core/runtime/context';
import { hasAction, runAction } from '../../cloudfunctions/core/runtime/run-action';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { signToken, verifyToken } from './dev-token';

export interface HostOptions extends Deps {
  /** Signs dev tokens. */
  secret: string;
  /** Built H5 app to serve at `/`; omitted in API-only tests. */
  staticDir?: string;
}

const LoginSchema = z.object({ openid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict();
const MAX_BODY = 256 * 1024;

function errorJson(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

/** The local host: the same function handlers as CloudBase, over HTTP, per ARCHITECTURE.md. */
export function createHostApp(options: HostOptions): Hono {
  const { secret, staticDir, store, clock, config } = options;
  const deps: Deps = { store, clock, config };
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.use('/dev/*', bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json(errorJson('INVALID_INPUT', '请求内容过大'), 413) }));
  app.use('/fn/*', bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json(errorJson('INVALID_INPUT', '请求内容过大'), 413) }));

  app.get('/dev/users', (c) => c.json({ users: DEMO_USERS.map((u) => ({ openid: u._id, name: u.name, label: u.label })) }));

  app.post('/dev/login', async (c) => {
    const body = await c.req.json().catch(() => undefined);
    if (body === undefined) return c.json(errorJson('INVALID_INPUT', '请求不是合法的 JSON'), 400);
    const parsed = LoginSchema.safeParse(body);
    if (!parsed.success) return c.json(errorJson('INVALID_INPUT', 'openid 只能包含字母、数字、下划线和短横线，最多64位'), 400);
    return c.json({ token: signToken(secret, parsed.data.openid) });
  });

  app.post('/fn/:name', async (c) => {
    const fn = FUNCTIONS[c.req.param('name')];
    if (!fn) return c.json(errorJson('NOT_FOUND', '云函数不存在'), 404);
    const header = c.req.header('authorization') ?? '';
    const openid = header.startsWith('Bearer ') ? verifyToken(secret, header.slice(7)) : null;
    if (!openid) return c.json(errorJson('UNAUTHENTICATED', '请先登录'), 401);
    const body = await c.req.json().catch(() => undefined);
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      return c.json(errorJson('INVALID_INPUT', '请求不是合法的 JSON'), 400);
    }
    const event = body as { action?: unknown; data?: unknown };
    if (!hasAction(fn, event.action)) return c.json(errorJson('NOT_FOUND', '不支持的操作'), 404);
    return c.json(await runAction(fn, event, openid, deps));
  });

  if (staticDir) {
    const root = relative(process.cwd(), staticDir) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
