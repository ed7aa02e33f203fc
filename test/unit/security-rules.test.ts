import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLLECTIONS } from '../../cloudfunctions/core/store/collections';

/**
 * The CloudBase security rules the deployment applies (README: 部署): no client reads or writes the database
 * directly (pages call functions, which use the admin SDK that rules do not bind); in storage a signed-in user may
 * only upload their own files under requests/<their openid>/, and reads go through short-lived URLs a function hands
 * out (getTempFileURL runs on the server, outside the rules).
 */
const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../config', file), 'utf8')) as Record<string, unknown>;

describe('database security rules', () => {
  const rules = read('database.rules.json');

  it('has a rule for every collection in COLLECTIONS, and for no other', () => {
    expect(Object.keys(rules).sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it('denies clients every read and write', () => {
    for (const [collection, rule] of Object.entries(rules)) expect({ collection, rule }).toEqual({ collection, rule: { read: false, write: false } });
  });
});

describe('storage security rules', () => {
  const rules = read('storage.rules.json') as { read: unknown; write: string };
  // The rule's path pattern, as CloudBase evaluates it: a regex literal whose test() result is compared with true.
  const literal = /\/(\^.+\$)\/\.test\(resource\.path\) == true/.exec(rules.write);
  const pathRule = new RegExp(literal?.[1] ?? '$^');

  it('lets no client read a file directly', () => {
    expect(Object.keys(rules).sort()).toEqual(['read', 'write']);
    expect(rules.read).toBe(false);
  });

  it('lets a signed-in user write only files they own, under requests/<openid>/', () => {
    expect(rules.write).toMatch(/^auth != null && /);
    expect(rules.write).toContain('resource.openid == auth.openid');
    expect(literal).not.toBeNull();
    expect(pathRule.test('requests/oXYZ_abc-123/1733112000000-1.jpg')).toBe(true);
    for (const path of ['requests/oXYZ_abc-123/../x.jpg', 'requests/oXYZ_abc-123/a/b.jpg', 'avatars/oXYZ_abc-123/1.jpg', 'requests//1.jpg', '/requests/oXYZ_abc-123/1.jpg', 'requests/oXYZ_abc-123/.hidden']) {
      expect({ path, allowed: pathRule.test(path) }).toEqual({ path, allowed: false });
    }
  });
});
