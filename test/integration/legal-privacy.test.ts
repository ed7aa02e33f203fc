import { addResidents, addVolunteer } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { bookInput, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

/**
 * 律师法 第三十八条 and 法律援助法 第二十一条: what a resident tells a volunteer stays between them. The description,
 * summary and advice reach only the resident and the assigned volunteer; every opening of them is logged, and the
 * resident sees who opened their case.
 */
const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const SECRET = '我和前夫的抚养费纠纷，他名下有一套房产，想了解能否申请强制执行。';
let id = '';
let resident = '';
beforeAll(async () => {
  const lawyer = await addVolunteer(host, 'pv-lawyer', {});
  await addVolunteer(host, 'pv-other', {});
  resident = (await addResidents(host, 'pv-r', 1))[0]!;
  const [startAt] = await freeStarts(host, resident, lawyer);
  id = (await host.callOk(resident, 'legal-aid', 'book', bookInput(lawyer, startAt!, { description: SECRET }))).booking.id;
  await host.callOk('pv-lawyer', 'legal-aid', 'accept', { id });
});

describe('consultation content', () => {
  it('is read by the resident and the assigned volunteer', async () => {
    expect((await host.callOk(resident, 'legal-aid', 'get', { id })).description).toBe(SECRET);
    expect((await host.callOk('pv-lawyer', 'legal-aid', 'get', { id })).description).toBe(SECRET);
  });

  it.each(['pv-other', 'demo-admin', 'demo-street-admin', 'demo-resident', 'demo-grid-worker'])('is refused to %s, and nothing of it leaks in the refusal', async (who) => {
    const res = await host.call(who, 'legal-aid', 'get', { id });
    expect(res.error).toMatchObject({ code: 'FORBIDDEN', message: '咨询内容仅预约的居民和承办的志愿者可以查看' });
    expect(JSON.stringify(res)).not.toContain('抚养费');
  });

  it('never appears in a list: the resident\'s own, the volunteer list of the admins', async () => {
    expect(JSON.stringify(await host.callOk(resident, 'legal-aid', 'mine', {}))).not.toContain('抚养费');
    for (const status of ['pending', 'verified', 'other'] as const) expect(JSON.stringify(await host.callOk('demo-street-admin', 'legal-aid', 'volunteers', { status }))).not.toContain('抚养费');
  });

  it('every read is logged, and the resident (only) sees who read it', async () => {
    const { items } = await host.callOk(resident, 'legal-aid', 'reads', { id });
    expect(items.map((r) => [r.readerName, r.role, r.you])).toEqual(
      expect.arrayContaining([
        ['律师pv-lawyer', 'volunteer', false],
        ['居民pv-r1', 'resident', true],
      ]),
    );
    // Refused readers are not in the log: nothing was read.
    expect(items).toHaveLength(2);
    for (const who of ['pv-lawyer', 'pv-other', 'demo-admin']) expect((await host.call(who, 'legal-aid', 'reads', { id })).error?.code).toBe('FORBIDDEN');
  });
});
