import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import * as z from 'zod';
import { functionNamed } from '../../cloudfunctions/core/functions';
import type { Deps } from '../../cloudfunctions/core/kernel/context';
import { hasAction } from '../../cloudfunctions/core/kernel/function-def';
import { runAction } from '../../cloudfunctions/core/kernel/run-action';
import { resultJson } from '../../cloudfunctions/core/kernel/validated';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { LocalFiles } from '../../cloudfunctions/core/platform/local-files';
import { signToken, verifyToken } from './dev-token';
import { serveFiles } from './files-routes';

export interface HostOptions extends Deps {
  /** Signs dev tokens. */
  secret: string;
  /** Built H5 app to serve at `/`; omitted in API-only tests. */
  staticDir?: string;
}

const LoginSchema = z.object({ openid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict();
const MAX_BODY = 256 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

function errorJson(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

/**
 * The local host: the same function handlers as CloudBase, over HTTP, per ARCHITECTURE.md. Fastify because it
 * adds almost nothing over node:http (see bench/) while handling body limits, static files and shutdown.
 */
export function createHostApp(options: HostOptions): FastifyInstance {
  const { secret, staticDir, store, clock, config, platform } = options;
  const deps: Deps = { store, clock, config, platform };
  const app = Fastify({ bodyLimit: MAX_BODY, logger: false });

  // Body problems answer in the contract's shape: 413 over the limit, 400 for a body that is not JSON.
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const upload = req.url.startsWith('/upload');
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorJson('INVALID_INPUT', upload ? '照片不能超过2MB' : '请求内容过大'));
    if (upload && err.statusCode === 415) return reply.code(415).send(errorJson('INVALID_INPUT', '只能上传 JPG、PNG 或 WebP 格式的照片'));
    if (err.statusCode === 400 || err.statusCode === 415) return reply.code(400).send(errorJson('INVALID_INPUT', '请求不是合法的 JSON'));
    console.error(err);
    return reply.code(500).send(errorJson('INTERNAL', '系统繁忙，请稍后再试'));
  });

  app.get('/healthz', async () => ({ ok: true }));

  app.get('/dev/users', async () => ({ users: DEMO_USERS.map((u) => ({ openid: u._id, name: u.name, label: u.label })) }));

  app.post('/dev/login', async (req, reply) => {
    const parsed = LoginSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send(errorJson('INVALID_INPUT', 'openid 只能包含字母、数字、下划线和短横线，最多64位'));
    return { token: signToken(secret, parsed.data.openid) };
  });

  const callerOf = (header: string | undefined) => (header?.startsWith('Bearer ') ? verifyToken(secret, header.slice(7)) : null);

  app.post<{ Params: { name: string } }>('/fn/:name', async (req, reply) => {
    const fn = functionNamed(req.params.name);
    if (!fn) return reply.code(404).send(errorJson('NOT_FOUND', '云函数不存在'));
    const openid = callerOf(req.headers.authorization);
    if (!openid) return reply.code(401).send(errorJson('UNAUTHENTICATED', '请先登录'));
    const body = req.body;
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      return reply.code(400).send(errorJson('INVALID_INPUT', '请求不是合法的 JSON'));
    }
    const event = body as { action?: unknown; data?: unknown };
    if (!hasAction(fn, event.action)) return reply.code(404).send(errorJson('NOT_FOUND', '不支持的操作'));
    // Serialised here as Fastify would (JSON.stringify, same content type), reusing a validated answer's JSON.
    const result = await runAction(fn, event, openid, deps);
    return reply.type(JSON_TYPE).send(resultJson(result));
  });

  // Cloud storage's stand-in: photo uploads and signed downloads (the local platform's files only).
  if (platform.files instanceof LocalFiles) serveFiles(app, platform.files, callerOf);

  if (staticDir) void app.register(fastifyStatic, { root: staticDir, index: 'index.html' });
  return app;
}
