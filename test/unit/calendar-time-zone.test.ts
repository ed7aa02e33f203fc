import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { referenceReckonings } from '../support/calendar-fixtures';

/**
 * The calendar computes with fixed +08:00 arithmetic and never reads local time. Setting process.env.TZ inside
 * jest proves nothing (the zone is read once per process), so the same reckonings run in child processes started
 * in other zones and must print the same lines. `TZ=America/New_York npx jest test/unit/calendar` passes as well.
 */
describe('the calendar in any process time zone', () => {
  const here = referenceReckonings();

  it('gives the expected answers here', () => {
    expect(here.slice(0, 5)).toEqual(['2026-09-20 09:00', '2026-09-20 11:30', '2026-10-13 17:30', '2027-01-01 10:29', '2026-11-17 10:30']);
  });

  // West of UTC with daylight saving, and UTC+14: both put many instants on another calendar date than Shanghai.
  it.each([
    ['America/New_York', 240],
    ['Pacific/Kiritimati', -840],
  ])('gives the same answers in %s', (zone, offsetMinutes) => {
    const child = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '../support/print-calendar-reckonings.ts')], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(child.stderr).toBe('');
    const printed = JSON.parse(child.stdout) as { offsetMinutes: number; lines: string[] };
    expect(printed.offsetMinutes).toBe(offsetMinutes);
    expect(printed.lines).toEqual(here);
  });
});
