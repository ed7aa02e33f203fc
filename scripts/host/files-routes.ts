import type { FastifyInstance } from 'fastify';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../../cloudfunctions/core/platform/files';
import type { LocalFiles } from '../../cloudfunctions/core/platform/local-files';

const fail = (code: string, message: string) => ({ ok: false, error: { code, message } });

/**
 * What CloudBase storage does in WeChat, for the H5 build and the tests:
 * - `POST /upload` with the dev token and a photo as the raw body (Content-Type image/jpeg, png or webp, at most
 *   2 MB) stores it under `uploads/requests/<openid>/` as `wx.cloud.uploadFile` would, and answers its file id;
 * - `GET /files/<path>?e=…&s=…` serves a file only with a URL the server signed, until it expires (ten minutes).
 */
export function serveFiles(app: FastifyInstance, files: LocalFiles, callerOf: (authorization: string | undefined) => string | null): void {
  app.addContentTypeParser(Object.keys(PHOTO_TYPES), { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_req, body, done) => done(null, body));

  app.post('/upload', { bodyLimit: MAX_PHOTO_BYTES }, async (req, reply) => {
    const openid = callerOf(req.headers.authorization);
    if (!openid) return reply.code(401).send(fail('UNAUTHENTICATED', '请先登录'));
    if (!Buffer.isBuffer(req.body)) return reply.code(415).send(fail('INVALID_INPUT', '只能上传 JPG、PNG 或 WebP 格式的照片'));
    const saved = await files.saveUpload(openid, req.headers['content-type'] ?? '', req.body);
    if (!saved.ok) return reply.code(saved.status).send(fail('INVALID_INPUT', saved.message));
    return { ok: true, data: { fileId: saved.fileId } };
  });

  app.get<{ Params: { '*': string }; Querystring: { e?: string; s?: string } }>('/files/*', async (req, reply) => {
    const file = await files.openSigned(req.params['*'], Number(req.query.e), req.query.s ?? '');
    if (!file) return reply.code(404).send(fail('NOT_FOUND', '文件不存在或链接已过期'));
    const ext = file.path.slice(file.path.lastIndexOf('.') + 1);
    const type = Object.entries(PHOTO_TYPES).find(([, e]) => e === ext)?.[0] ?? 'application/octet-stream';
    return reply.type(type).header('cache-control', 'private, max-age=600').send(file.bytes);
  });
}
