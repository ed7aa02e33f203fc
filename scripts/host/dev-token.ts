import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * Dev tokens stand in for WeChat's OPENID locally: `<openid in base64url>.<hmac>`. Signed with a secret kept
 * in DATA_DIR, so tokens survive a restart and cannot be forged by editing the openid.
 */
export function signToken(secret: string, openid: string): string {
  const body = Buffer.from(openid, 'utf8').toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

export function verifyToken(secret: string, token: string): string | null {
  const [body, sig] = token.split('.');
  if (!body || !sig) return null;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Buffer.from(body, 'base64url').toString('utf8');
}

/** The secret as a key object, made once per secret rather than on every request. */
let key: { secret: string; object: KeyObject } | null = null;

function mac(secret: string, body: string): string {
  if (key?.secret !== secret) key = { secret, object: createSecretKey(Buffer.from(secret, 'utf8')) };
  return createHmac('sha256', key.object).update(body).digest('base64url');
}
