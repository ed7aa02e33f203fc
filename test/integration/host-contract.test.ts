import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('local host HTTP contract', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${host.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('issues a token for a dev login and rejects a malformed openid', async () => {
    const ok = await post('/dev/login', JSON.stringify({ openid: 'demo-resident' }));
    expect(ok.status).toBe(200);
    expect((await ok.json()).token).toEqual(expect.any(String));
    const bad = await post('/dev/login', JSON.stringify({ openid: 'a b<script>' }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('INVALID_INPUT');
  });

  it('answers 401 without a valid token, also for a forged one', async () => {
    expect((await post('/fn/user', JSON.stringify({ action: 'me', data: {} }))).status).toBe(401);
    const token = await host.login('demo-resident');
    const [, expiry, sig] = token.split('.');
    const forged = `${Buffer.from('demo-admin').toString('base64url')}.${expiry}.${sig}`;
    const res = await post('/fn/user', JSON.stringify({ action: 'me', data: {} }), { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
    // Trailing junk after the signature (once accepted) is refused like any other malformed token.
    for (const junk of [`${token}.x`, `${token}.`, `${token}x`]) {
      expect((await post('/fn/user', JSON.stringify({ action: 'me', data: {} }), { authorization: `Bearer ${junk}` })).status).toBe(401);
    }
    expect((await post('/fn/user', JSON.stringify({ action: 'me', data: {} }), { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('answers 404 for an unknown function or action and 400 for a body that is not JSON', async () => {
    const auth = { authorization: `Bearer ${await host.login('demo-resident')}` };
    expect((await post('/fn/nope', JSON.stringify({ action: 'me' }), auth)).status).toBe(404);
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect((await post(`/fn/${inherited}`, JSON.stringify({ action: 'me' }), auth)).status).toBe(404);
    }
    expect((await post('/fn/user', JSON.stringify({ action: 'nope' }), auth)).status).toBe(404);
    expect((await post('/fn/user', '{not json', auth)).status).toBe(400);
  });

  it('refuses a body over the size limit', async () => {
    const auth = { authorization: `Bearer ${await host.login('demo-resident')}` };
    const res = await post('/fn/catalog', JSON.stringify({ action: 'list', data: { q: 'x'.repeat(300 * 1024) } }), auth);
    expect(res.status).toBe(413);
  });

  it('lists the demo users for the sign-in screen', async () => {
    const res = await fetch(`${host.url}/dev/users`);
    const { users } = (await res.json()) as { users: Array<{ openid: string }> };
    const ids = users.map((u) => u.openid);
    for (const id of ['demo-resident', 'demo-resident-2', 'demo-lawyer', 'demo-lawyer-2', 'demo-party-member', 'demo-party-member-2', 'demo-secretary', 'demo-grid-worker', 'demo-admin', 'demo-street-admin']) {
      expect(ids).toContain(id);
    }
  });
});
