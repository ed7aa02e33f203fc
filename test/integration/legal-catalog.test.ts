import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
// Reading the community's catalog creates its (empty) tables: once done, the snapshot compares data alone.
beforeAll(() => host.call('demo-resident', 'grid', 'submit', { code: 'MS-99', answers: {}, idempotencyKey: 'legal-warm-up' }));

describe('no legal question is stored as a grid request', () => {
  it('grid.submit refuses ZZ-02 with a pointer to legal aid, and writes nothing', async () => {
    const before = snapshotData(host.dataDir);
    const res = await host.call('demo-resident', 'grid', 'submit', {
      code: 'ZZ-02',
      answers: { topic: '婚姻家庭', mode: '电话咨询', question: '想咨询离婚后孩子抚养费的问题，对方一直不给。' },
      idempotencyKey: 'legal-zz02-refused',
    });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('法律援助'), fields: { code: '请通过法律援助预约咨询' } });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('the item itself tells the page where 我要办理 leads', async () => {
    const { item } = await host.callOk('demo-resident', 'catalog', 'get', { code: 'ZZ-02' });
    expect(item.handledBy).toBe('legal-aid');
  });
});
