import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

describe('staff subscriptions (notify.subscriptions)', () => {
  it('tells a grid worker their work notices are long-term, and whether they accepted them', async () => {
    expect((await host.callOk('demo-grid-worker', 'notify', 'subscriptions', {})).items).toEqual([{ kinds: ['request_assigned', 'request_escalated'], longTerm: true, credits: 0 }]);
    await host.callOk('demo-grid-worker', 'notify', 'grantSubscribe', { kinds: ['request_assigned', 'request_escalated'] });
    expect((await host.callOk('demo-grid-worker', 'notify', 'subscriptions', {})).items).toEqual([{ kinds: ['request_assigned', 'request_escalated'], longTerm: true, credits: 1 }]);
  });

  it('counts the sends left on a lawyer’s one-time templates, per template', async () => {
    await host.callOk('demo-lawyer', 'notify', 'grantSubscribe', { kinds: ['booking_confirmed'] });
    await host.callOk('demo-lawyer', 'notify', 'grantSubscribe', { kinds: ['booking_cancelled'] });
    expect((await host.callOk('demo-lawyer', 'notify', 'subscriptions', {})).items).toEqual([
      { kinds: ['booking_confirmed', 'booking_cancelled'], longTerm: false, credits: 2 },
      { kinds: ['consultation_reminder'], longTerm: false, credits: 0 },
    ]);
  });

  it('has nothing to say to a resident', async () => {
    expect((await host.callOk('demo-resident', 'notify', 'subscriptions', {})).items).toEqual([]);
  });
});
