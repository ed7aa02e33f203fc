import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { grantCredit } from '../../cloudfunctions/core/notify/credits';
import { INBOX } from '../../cloudfunctions/core/notify/inbox.repository';
import { notifyFunction } from '../../cloudfunctions/core/notify/notify.function';
import { enqueue, OUTBOX, outboxId, type OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { createCloudMain } from '../../cloudfunctions/core/cloudbase/cloud-main';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

const templates = JSON.parse(readFileSync(resolve(__dirname, '../../config/notify-templates.json'), 'utf8')) as unknown;
const TIMER_EVENT = { Type: 'Timer', TriggerName: 'dispatch', Time: '2026-11-25T02:00:00Z', Message: '' };

/** wx-server-sdk as the entry sees it: the fake database, a context with or without OPENID, and openapi. */
function fakeCloud(db: FakeCloudBaseDb) {
  const cloud = {
    openid: undefined as string | undefined,
    sent: [] as Array<Record<string, unknown>>,
    failure: null as unknown,
    env: undefined as unknown,
    DYNAMIC_CURRENT_ENV: Symbol('current env'),
    init: (options: { env: unknown }) => {
      cloud.env = options.env;
    },
    getWXContext: () => (cloud.openid ? { OPENID: cloud.openid } : {}),
    database: () => db,
    openapi: {
      subscribeMessage: {
        send: async (params: Record<string, unknown>) => {
          if (cloud.failure) throw cloud.failure;
          cloud.sent.push(params);
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
        },
      },
    },
  };
  return cloud;
}
const wxError = (errCode: number, errMsg: string) => Object.assign(new Error(`openapi.subscribeMessage.send:fail ${errCode} ${errMsg}`), { errCode, errMsg });

let db: FakeCloudBaseDb;
let store: CloudBaseStore;
let cloud: ReturnType<typeof fakeCloud>;
let main: ReturnType<typeof createCloudMain>;
beforeEach(async () => {
  process.env.HUB_SECRET = 'x'.repeat(40);
  delete process.env.NOTIFY_TEMPLATES;
  db = new FakeCloudBaseDb();
  store = new CloudBaseStore(db);
  for (const { label: _l, ...u } of DEMO_USERS) await store.put('users', { ...u, createdAt: 0, updatedAt: 0 });
  cloud = fakeCloud(db);
  main = createCloudMain(notifyFunction, cloud, { notifyTemplates: templates });
});

/** Each event its own words after the first (the same words again within minutes would be skipped as a repeat). */
const notify = (event: string, body = event === 'signup:S1:confirmed' ? '周六上午9点 西园社区' : `周六上午9点 西园社区 ${event}`) =>
  store.transaction((tx) => enqueue(tx, Date.now() - 1000, { event, recipient: 'demo-resident', kind: 'signup_confirmed', title: '报名成功', body, link: '/pages/item/index?code=MS-01' }));
const status = async (event: string) => (await store.get<OutboxDoc>(OUTBOX, outboxId(event, 'demo-resident', 'subscribe')))?.status;

describe('the notify function in CloudBase', () => {
  it('runs dispatch for its timer trigger, which carries no OPENID, and sends through openapi', async () => {
    await grantCredit(store, 'demo-resident', 'demo-tpl-signup-result', Date.now());
    await notify('signup:S1:confirmed');
    const res = await main(TIMER_EVENT);
    expect(res).toEqual({ ok: true, data: { claimed: 2, sent: 2, skipped: 0, retrying: 0, dead: 0 } });
    expect(cloud.env).toBe(cloud.DYNAMIC_CURRENT_ENV);
    expect(cloud.sent).toEqual([
      {
        touser: 'demo-resident',
        templateId: 'demo-tpl-signup-result',
        page: 'pages/item/index?code=MS-01',
        data: { thing1: { value: '报名成功' }, thing2: { value: '周六上午9点 西园社区' } },
        miniprogramState: 'formal',
        lang: 'zh_CN',
      },
    ]);
    expect(await store.get(INBOX, outboxId('signup:S1:confirmed', 'demo-resident', 'inbox'))).toMatchObject({ title: '报名成功' });
  });

  it('never lets a user reach the system path, whatever the event says', async () => {
    await notify('signup:S2:confirmed');
    cloud.openid = 'demo-resident';
    expect(await main(TIMER_EVENT)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await main({ action: 'dispatch', data: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    cloud.openid = undefined;
    expect(await main({ action: 'dispatch', data: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await main({ ...TIMER_EVENT, TriggerName: 'inbox' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await status('signup:S2:confirmed')).toBe('pending');
  });

  it('lets an admin run the dispatch by hand', async () => {
    await notify('signup:S3:confirmed');
    cloud.openid = 'demo-admin';
    expect(await main({ action: 'dispatch', data: {} })).toMatchObject({ ok: true, data: { claimed: 2 } });
  });

  it('turns WeChat errors into skip (43101), dead (47003) and retry (-1)', async () => {
    await grantCredit(store, 'demo-resident', 'demo-tpl-signup-result', Date.now());
    await grantCredit(store, 'demo-resident', 'demo-tpl-signup-result', Date.now());
    cloud.failure = wxError(-1, 'system error');
    await notify('signup:S4:confirmed');
    expect(await main(TIMER_EVENT)).toMatchObject({ ok: true, data: { retrying: 1 } });
    expect(await status('signup:S4:confirmed')).toBe('pending');

    cloud.failure = wxError(47003, 'argument invalid! data.thing1.value invalid');
    await notify('signup:S5:confirmed');
    await main(TIMER_EVENT);
    expect(await status('signup:S5:confirmed')).toBe('dead');

    cloud.failure = wxError(43101, 'user refuse to accept the msg');
    await notify('signup:S6:confirmed');
    await main(TIMER_EVENT);
    expect(await status('signup:S6:confirmed')).toBe('skipped');
  });

  it('takes NOTIFY_TEMPLATES over the bundled file, and refuses a bad one at start', async () => {
    process.env.NOTIFY_TEMPLATES = JSON.stringify({ miniprogramState: 'trial', templates: { signup_confirmed: { templateId: 'env-tpl-signup', data: { thing1: '{title}' } } } });
    main = createCloudMain(notifyFunction, cloud, { notifyTemplates: templates });
    await grantCredit(store, 'demo-resident', 'env-tpl-signup', Date.now());
    await notify('signup:S7:confirmed');
    await main(TIMER_EVENT);
    expect(cloud.sent).toMatchObject([{ templateId: 'env-tpl-signup', miniprogramState: 'trial', data: { thing1: { value: '报名成功' } } }]);

    process.env.NOTIFY_TEMPLATES = '{"templates": {"signup_confirmed": {"templateId": "x"}}}';
    const broken = createCloudMain(notifyFunction, cloud, { notifyTemplates: templates });
    await expect(broken(TIMER_EVENT)).rejects.toThrow(/invalid NOTIFY_TEMPLATES: .*templateId/);
  });
});

afterAll(() => {
  delete process.env.NOTIFY_TEMPLATES;
});
