import { issueActivityToken, issueMemberCode, readActivityToken, readMemberCode, refreshInMs, windowOf } from '../../cloudfunctions/core/activity/checkin-token';
import { tokenFromScan } from '../../types/activity-names';

const SECRET = 'k'.repeat(40);
const A = 'act_mi3q2x1c0123456789ab';
const B = 'act_mi3q2x1cffffffffffff';
const T0 = Date.UTC(2026, 10, 25, 2, 0, 0); // a window boundary (divisible by 30 s)

describe('rotating check-in tokens', () => {
  it('changes every 30 s and is accepted for 60 s at most', () => {
    const token = issueActivityToken(SECRET, A, T0);
    expect(issueActivityToken(SECRET, A, T0 + 29_999)).toBe(token);
    expect(issueActivityToken(SECRET, A, T0 + 30_000)).not.toBe(token);
    expect(readActivityToken(SECRET, token, T0)).toEqual({ activityId: A });
    expect(readActivityToken(SECRET, token, T0 + 59_999)).toEqual({ activityId: A });
    expect(readActivityToken(SECRET, token, T0 + 60_000)).toEqual({ problem: 'expired' });
    // Issued late in its window, it still lasts at least 30 s.
    const late = issueActivityToken(SECRET, A, T0 + 29_000);
    expect(readActivityToken(SECRET, late, T0 + 59_000)).toEqual({ activityId: A });
  });

  it('is bound to its activity and to the secret; a future window is refused', () => {
    const token = issueActivityToken(SECRET, A, T0);
    expect(readActivityToken(SECRET, token.replace(A, B), T0)).toEqual({ problem: 'invalid' });
    expect(readActivityToken('x'.repeat(40), token, T0)).toEqual({ problem: 'invalid' });
    expect(readActivityToken(SECRET, issueActivityToken(SECRET, A, T0 + 60_000), T0)).toEqual({ problem: 'invalid' });
    expect(readActivityToken(SECRET, 'act_zzzzzzzz.1.abc.def', T0)).toEqual({ problem: 'malformed' });
    expect(readActivityToken(SECRET, `${A}.!!.${'a'.repeat(22)}`, T0)).toEqual({ problem: 'malformed' });
  });

  it('member codes name the signup ticket and only verify for their activity', () => {
    const code = issueMemberCode(SECRET, A, '0123456789abcdef', T0);
    expect(code.startsWith('m.0123456789abcdef.')).toBe(true);
    expect(readMemberCode(SECRET, code, A, T0 + 30_000)).toEqual({ ticket: '0123456789abcdef' });
    expect(readMemberCode(SECRET, code, B, T0)).toEqual({ problem: 'invalid' });
    expect(readMemberCode(SECRET, code, A, T0 + 61_000)).toEqual({ problem: 'expired' });
  });

  it('tells the display when to refresh', () => {
    expect(windowOf(T0 + 45_000)).toBe(windowOf(T0) + 1);
    expect(refreshInMs(T0)).toBe(30_000);
    expect(refreshInMs(T0 + 29_000)).toBe(1_000);
  });

  it('takes the token out of what a scan returns', () => {
    const token = issueActivityToken(SECRET, A, T0);
    expect(tokenFromScan(`https://hub.example.cn/#/pkg-activity/checkin/index?t=${token}`)).toBe(token);
    expect(tokenFromScan(`/pkg-activity/checkin/index?t=${encodeURIComponent(token)}&x=1`)).toBe(token);
    expect(tokenFromScan(` ${token} `)).toBe(token);
    expect(tokenFromScan('https://evil.example/<script>')).toBeNull();
  });
});
