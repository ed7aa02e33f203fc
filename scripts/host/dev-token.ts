import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * Dev tokens stand in for WeChat's OPENID locally: `<openid in base64url>.<expiry, epoch seconds>.<hmac>`. Signed
 * with a secret kept in DATA_DIR, so tokens survive a restart and cannot be forged by editing the openid or the
 * expiry. A token is read strictly: exactly three parts, each in its own alphabet, nothing before or after; and it
 * expires (the H5 client then signs in again), so a token copied out of a browser does not work for ever.
 */
export const DEV_TOKEN_TTL_MS = 7 * 24 * 3_600_000;

const BODY = /^[A-Za-z0-9_-]{1,100}$/;
const EXPIRY = /^[1-9][0-9]{0,11}$/;
/** An HMAC-SHA256 in base64url without padding is always 43 characters. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
/** What an openid may be (the dev login's rule); a body decoding to anything else is not ours. */
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

export function signToken(secret: string, openid: string, now: number = Date.now()): string {
  const body = Buffer.from(openid, 'utf8').toString('base64url');
  const expiry = String(Math.floor((now + DEV_TOKEN_TTL_MS) / 1000));
  return `${body}.${expiry}.${mac(secret, `${body}.${expiry}`)}`;
}

/** The openid a token names, or null when it is malformed, forged or expired. */
export function verifyToken(secret: string, token: string, now: number = Date.now()): string | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [body, expiry, sig] = parts as [string, string, string];
  if (!BODY.test(body) || !EXPIRY.test(expiry) || !SIGNATURE.test(sig)) return null;
  const expected = Buffer.from(mac(secret, `${body}.${expiry}`));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(expiry) * 1000 <= now) return null;
  const openid = Buffer.from(body, 'base64url').toString('utf8');
  // base64url decoding forgives stray bits; a body that does not encode back to itself is not one we issued.
  if (!OPENID.test(openid) || Buffer.from(openid, 'utf8').toString('base64url') !== body) return null;
  return openid;
}

/** The secret as a key object, made once per secret rather than on every request. */
let key: { secret: string; object: KeyObject } | null = null;

function mac(secret: string, payload: string): string {
  if (key?.secret !== secret) key = { secret, object: createSecretKey(Buffer.from(secret, 'utf8')) };
  return createHmac('sha256', key.object).update(payload).digest('base64url');
}
