import { useTestHost } from '../support/use-test-host';

/** The demo street's legal-aid team, as the seed leaves it: every page of each role shows something. */
const host = useTestHost();

describe('the seeded legal-aid team', () => {
  it('demo-lawyer is verified, keeps hours, and has a request, an upcoming consultation, a question to claim and a record', async () => {
    const { volunteer, requests, upcoming } = await host.callOk('demo-lawyer', 'legal-aid', 'agenda', {});
    expect(volunteer).toMatchObject({ status: 'verified', kind: 'lawyer', unitName: '锦华街道法律援助志愿服务队' });
    expect(volunteer.availability?.weekly.wed).toEqual([{ start: '14:00', end: '17:00' }]);
    expect(requests).toHaveLength(1);
    expect(upcoming).toHaveLength(1);
    expect((await host.callOk('demo-lawyer', 'legal-aid', 'questions', {})).open).toHaveLength(1);
    expect(await host.callOk('demo-lawyer', 'legal-aid', 'serviceRecord', {})).toMatchObject({ consultations: 1, totalHours: 0.5 });
  });

  it('residents find him with free slots; demo-resident sees their bookings; demo-lawyer-2 waits for the street admin', async () => {
    const { items } = await host.callOk('demo-resident', 'legal-aid', 'lawyers', {});
    expect(items.map((i) => i.name)).toEqual(['陈明']);
    expect(items[0]).toMatchObject({ ratingAverage: 5, completedCount: 1, nextFreeAt: expect.any(Number) });
    const mine = await host.callOk('demo-resident', 'legal-aid', 'mine', {});
    expect(mine.bookings.map((b) => b.status).sort()).toEqual(['completed', 'confirmed']);
    const pending = await host.callOk('demo-street-admin', 'legal-aid', 'volunteers', { status: 'pending' });
    expect(pending.items).toEqual([expect.objectContaining({ realName: '周婷', licenseNo: '510100123456', status: 'pending' })]);
    expect((await host.call('demo-lawyer-2', 'legal-aid', 'agenda', {})).error?.code).toBe('FORBIDDEN');
  });

  it('is consistent: the sweep finds nothing to mend', async () => {
    host.clock.advance(2 * 60_000);
    expect(await host.timer('legal-aid', 'sweep')).toEqual({ expiredBookings: 0, expiredQuestions: 0, releasedClaims: 0, followedMoves: 0, releasedPlaces: 0 });
  });
});
