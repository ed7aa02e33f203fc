import { DEV_TOKEN_TTL_MS, signToken, verifyToken } from '../../scripts/host/dev-token';

const SECRET = 'a'.repeat(64);
const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);

describe('dev tokens', () => {
  const token = signToken(SECRET, 'demo-resident', NOW);

  it('name the openid they were signed for, until they expire', () => {
    expect(token.split('.')).toHaveLength(3);
    expect(verifyToken(SECRET, token, NOW)).toBe('demo-resident');
    expect(verifyToken(SECRET, token, NOW + DEV_TOKEN_TTL_MS - 1000)).toBe('demo-resident');
    expect(verifyToken(SECRET, token, NOW + DEV_TOKEN_TTL_MS)).toBeNull();
  });

  it('refuse anything around, after or inside the three parts', () => {
    const [body, expiry, sig] = token.split('.') as [string, string, string];
    const tampered = [
      `${token}.`,
      `${token}.junk`,
      `${token}..`,
      `.${token}`,
      ` ${token}`,
      `${token} `,
      `${token}\n`,
      `${body}.${sig}`,
      `${body}.${expiry}`,
      `${body}.${expiry}.${sig}x`,
      `${body}.${expiry}.${sig.slice(0, -1)}`,
      `${body}.0${expiry}.${sig}`,
      `${body}.${Number(expiry) + 1}.${sig}`,
      `${body}=.${expiry}.${sig}`,
      `${Buffer.from('demo-admin').toString('base64url')}.${expiry}.${sig}`,
      `${body}.${expiry}.${sig.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`,
      '',
      '..',
    ];
    for (const bad of tampered) expect({ bad, openid: verifyToken(SECRET, bad, NOW) }).toEqual({ bad, openid: null });
  });

  it('are worthless under another secret', () => {
    expect(verifyToken('b'.repeat(64), token, NOW)).toBeNull();
  });

  it('refuse a body that decodes to something the dev login would never issue', () => {
    const forged = signToken(SECRET, 'has space', NOW);
    expect(verifyToken(SECRET, forged, NOW)).toBeNull();
  });
});
