import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { formDateProblem, formDateRange, joinedMonthProblem } from '../../types/date-windows';
import { activityContract } from '../../types/functions/activity';
import { partyContract } from '../../types/functions/party';
import { checkAnswers } from '../../types/request-form';
import { fromShanghai } from '../../types/time';
import { parseAt } from '../../types/validation-time';

const NOW = fromShanghai('2026-11-25 10:00');
const TODAY = '2026-11-25';
const DAY = 24 * 3_600_000;

describe('date windows', () => {
  it('keep a 期望日期 within the next year and a birth date in the past, on the form and on the server alike', () => {
    expect(formDateRange('upcoming', TODAY)).toEqual({ start: '2026-11-25', end: '2027-11-25' });
    expect(formDateProblem('upcoming', '2026-11-24', '期望日期', TODAY)).toBe('期望日期不能早于今天');
    expect(formDateProblem('upcoming', '2027-11-26', '期望日期', TODAY)).toBe('期望日期须在一年以内');
    expect(formDateProblem('upcoming', '2027-11-25', '期望日期', TODAY)).toBeNull();
    expect(formDateProblem('past', '2026-11-26', '出生日期', TODAY)).toBe('出生日期不能晚于今天');
    expect(formDateProblem('past', '2020-02-29', '出生日期', TODAY)).toBeNull();

    const form = CATALOG_ITEMS.find((i) => i.form.some((f) => f.key === 'preferredDate' && f.required))!.form.filter((f) => f.key === 'preferredDate');
    for (const bad of ['1900-01-01', '2100-01-01', '2026-11-24']) {
      const checked = checkAnswers(form, { preferredDate: bad }, TODAY);
      expect({ bad, ok: checked.ok }).toEqual({ bad, ok: false });
    }
    expect(checkAnswers(form, { preferredDate: '2026-12-01' }, TODAY)).toMatchObject({ ok: true });
  });

  it('gives every date field of the catalog’s forms its window', () => {
    const dates = CATALOG_ITEMS.flatMap((i) => i.form).filter((f) => f.type === 'date');
    expect(dates.length).toBeGreaterThan(10);
    for (const f of dates) expect({ key: f.key, when: f.when !== undefined }).toEqual({ key: f.key, when: true });
  });

  it('refuse a party joining date in the future or before the Party was founded', () => {
    expect(joinedMonthProblem('1921-06', NOW)).toBe('入党时间不能早于1921年7月');
    expect(joinedMonthProblem('2026-12', NOW)).toBe('入党时间不能晚于本月');
    expect(joinedMonthProblem('2026-11', NOW)).toBeNull();
    const apply = (joinedAt: string) => parseAt(NOW, () => partyContract.apply.input.safeParse({ unitId: 'gd-xiyuan-1', joinedAt }));
    expect(apply('2030-01').error?.issues[0]?.message).toBe('入党时间不能晚于本月');
    expect(apply('1900-01').error?.issues[0]?.message).toBe('入党时间不能早于1921年7月');
    expect(apply('1998-07').success).toBe(true);
  });

  it('refuse an activity in 2099 whose cancellation closed in 2020, and one more than two years ahead', () => {
    const create = (startAt: number, extra: Record<string, number> = {}) =>
      parseAt(NOW, () =>
        activityContract.create.input.safeParse({
          title: '主题党日',
          type: 'theme_day',
          unitId: 'cm-xiyuan',
          audience: 'community_party',
          startAt,
          endAt: startAt + 2 * 3_600_000,
          place: '党群服务中心',
          capacity: 10,
          signupDeadline: startAt - DAY,
          cancelDeadline: startAt - DAY,
          ...extra,
        }),
      );
    const fields = (r: ReturnType<typeof create>) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(fields(create(Date.UTC(2099, 0, 1), { cancelDeadline: Date.UTC(2020, 0, 1) }))).toMatchObject({ startAt: '活动时间须在两年以内', cancelDeadline: '取消报名截止时间不能早于活动开始前90天' });
    expect(fields(create(NOW + 3 * 365 * DAY))).toEqual({ startAt: '活动时间须在两年以内' });
    expect(fields(create(NOW - DAY, { signupDeadline: NOW - 2 * DAY }))).toEqual({ startAt: '开始时间须晚于现在', signupDeadline: '报名截止时间须晚于现在' });
    expect(create(NOW + 30 * DAY).success).toBe(true);
  });

  it('refuse a participation quarter after this year', () => {
    const quarter = (q: string) => parseAt(NOW, () => activityContract.participation.input.safeParse({ quarter: q }));
    expect(quarter('2027-Q1').error?.issues[0]?.message).toBe('季度不能晚于今年');
    expect(quarter('2026-Q4').success).toBe(true);
  });
});
