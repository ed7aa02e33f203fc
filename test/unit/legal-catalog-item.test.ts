import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { MAX_DESCRIPTION, SERVICE_MODES, SPECIALTIES } from '../../types/legal-aid-names';

/** 法律援助预约咨询 (ZZ-02) leads into the legal-aid booking, and asks what a booking asks. */
describe('the catalog item ZZ-02', () => {
  const item = CATALOG_ITEMS.find((i) => i.code === 'ZZ-02')!;

  it('is handled by legal aid, and is the only item that is', () => {
    expect(item).toMatchObject({ title: '法律援助预约咨询', online: true, handledBy: 'legal-aid', fee: '免费' });
    expect(CATALOG_ITEMS.filter((i) => i.handledBy).map((i) => i.code)).toEqual(['ZZ-02']);
  });

  it('offers the specialties as its topics and the service modes as its ways, with the booking\'s length limit', () => {
    const field = (key: string) => item.form.find((f) => f.key === key);
    expect(field('topic')?.options).toEqual(SPECIALTIES.map((s) => s.name));
    expect(field('mode')?.options).toEqual(SERVICE_MODES.map((m) => m.name));
    expect(field('question')?.maxLength).toBe(MAX_DESCRIPTION);
  });
});
