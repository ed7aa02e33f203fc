import { $, need } from '../../scripts/harness/journey-driver';
import { PNG } from '../support/photos';
import { useJourney } from '../support/use-journey';

const journey = useJourney();

/** The QR's link (…/#/pkg-admin/join/index?scene=iv~CODE) → the page's query. */
function queryOf(link: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(link.slice(link.indexOf('?') + 1)));
}

describe('接诉即办, from an appointment to the dashboard', () => {
  it('an admin appoints a grid worker; a resident reports with a photo; the worker accepts and resolves; the resident confirms and rates; the dashboard shows it', async () => {
    const { driver: admin, host } = journey;
    // 郑主任 invites a grid worker for 西园第二网格, on duty.
    await need(admin, 'signIn').asDemo('demo-admin');
    await admin.open('pkg-admin/staff/index', { community: 'cm-xiyuan' });
    await admin.tap('.staff .staff__invite');
    await admin.tap($('.invite .admin-chip', { text: /^网格员$/ }));
    await admin.tap($('.invite .admin-chip', { text: '西园第二网格' }));
    await admin.tap($('.invite .admin-chip', { text: /^在岗$/ }));
    await admin.tap('.invite .invite__create');
    const link = await need(admin, 'qr').read('.invite .qr-code');
    await admin.snap('grid-invitation');

    // The new worker opens the invitation and accepts it.
    const worker = await journey.phone();
    await need(worker, 'signIn').asNewcomer('journey-worker', '西园社区');
    await worker.open('pkg-admin/join/index', queryOf(link));
    await worker.waitFor($('.join .join__role', { text: '网格员（在岗） · 西园第二网格' }));
    await worker.tap('.join .join__accept');
    await worker.waitFor($('.join .join__done', { text: '已任职' }));

    // A resident scans 西园7栋's QR code and reports a broken street light with a photo.
    const resident = await journey.phone();
    await need(resident, 'signIn').asNewcomer('journey-resident', '西园社区');
    // Scanning starts the app afresh on the code's page (WeChat relaunches it); H5 keeps a tab page mounted when
    // only its hash changes, so the page is loaded anew.
    await resident.open('pages/home/index', { scene: 'cm-xiyuan~bd-xiyuan-07' });
    await resident.reload();
    await resident.waitFor($('.home .home__street', { text: '西园7栋' }));
    await resident.tap($('.home .entry-list__row', { text: '问题上报' }));
    await resident.tap($('.report .report__category', { text: '路灯不亮' }));
    await resident.type('.report .report__text', '7栋楼下路灯连续三晚不亮，晚上出行不便');
    await need(resident, 'photos').pickNext([{ name: 'lamp.png', mimeType: 'image/png', buffer: PNG }]);
    await resident.tap('.report .photo-picker__add');
    await resident.waitFor('.report .photo-picker__cell');
    await resident.waitFor($('.report .route-card__grid', { text: '西园第二网格' }));
    await resident.snap('grid-report');
    await resident.tap('.report .report__submit');
    await resident.waitFor('.request-detail .request-detail__sent');
    await resident.waitFor($('.request-detail .request-detail__fact', { text: /负责人\s*新居民/ }));

    // The worker finds it first in 待受理, with the photo, accepts and resolves it.
    await worker.open('pkg-grid/inbox/index');
    await worker.tap($('.inbox .inbox__row', { text: '路灯不亮' }));
    await worker.waitFor('.work .photo-grid__img');
    await worker.tap('.work .work__accept');
    await worker.waitFor($('.work .work__notice-ok', { text: '已受理' }));
    await worker.tap('.work .work__action--resolve');
    await worker.type('.work .work__text', '已更换路灯灯泡，恢复照明');
    await worker.tap('.work .work__submit');
    await worker.waitFor($('.work .work__notice-ok', { text: '已办结' }));
    await worker.snap('grid-resolved');

    // The resident confirms and rates it.
    await resident.reload();
    await resident.tap('.request-detail .resident-actions__confirm');
    await resident.tap($('.request-detail .resident-actions__rating', { text: /^满意$/ }));
    await resident.tap('.request-detail .resident-actions__submit-rating');
    await resident.waitFor($('.request-detail .tag', { text: '已关闭' }));
    await resident.snap('grid-rated');

    // The community's dashboard counts it: accepted and resolved on time, and satisfied.
    await admin.open('pkg-oversight/dashboard/index');
    await admin.waitFor($('.oversight .bars__row', { text: /西园第二网格\s*100%\s*1\/1/ }));
    await admin.tap($('.oversight .oversight__chip', { text: '满意率' }));
    await admin.waitFor($('.oversight .bars__row', { text: /西园第二网格\s*100%\s*1\/1/ }));
    await admin.snap('grid-dashboard');

    const [stored] = await host.store.find<{ _id: string; status: string; holder: { openid: string }; photos: unknown[] }>('service_requests', { residentId: 'journey-resident' });
    expect(stored).toMatchObject({ status: 'closed', holder: { openid: 'journey-worker' }, photos: [expect.anything()] });
  }, 90000);
});
