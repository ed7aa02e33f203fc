import type { TimeLimit } from '../../../types/catalog-names';
import type { RequestLimits } from '../../../types/grid-settings';
import type { Urgency } from '../../../types/request-names';
import type { OfficeHours } from '../../../types/working-hours';
import { WorkingCalendar } from '../calendar/working-calendar';
import { addWallClockHours } from '../calendar/wall-clock';
import type { DueTime, PausedInterval } from '../calendar/reckoning';

/**
 * How long a request may take to be resolved: working days or working hours (office time of the community), or
 * hours round the clock (an urgent request, or an item whose community limit is in hours or calendar days).
 */
export interface ResolveLimit {
  unit: 'working_days' | 'working_hours' | 'hours';
  value: number;
}

/** The terms a request runs on, fixed when it is created (a later change of the street's limits does not move them). */
export interface RequestTerms {
  /** Working hours to accept it, and between two escalation steps. */
  acceptHours: number;
  resolve: ResolveLimit;
  /** Where the resolve limit comes from: the item's 本社区承诺, or the street's limit for the urgency. */
  source: 'item' | 'street';
}

/** The item's own community limit where one is set; otherwise the street's limit for the urgency. */
export function termsFor(urgency: Urgency, limits: RequestLimits, itemLimit?: TimeLimit | null): RequestTerms {
  const acceptHours = limits.acceptHours;
  if (itemLimit) {
    const resolve: ResolveLimit =
      itemLimit.unit === 'workday'
        ? { unit: 'working_days', value: itemLimit.value }
        : itemLimit.unit === 'hour'
          ? { unit: 'hours', value: itemLimit.value }
          : itemLimit.unit === 'day'
            ? { unit: 'hours', value: itemLimit.value * 24 }
            : // 即时办结: resolved when accepted.
              { unit: 'working_hours', value: acceptHours };
    return { acceptHours, resolve, source: 'item' };
  }
  const resolve: ResolveLimit =
    urgency === 'urgent' ? { unit: 'hours', value: limits.urgentHours } : { unit: 'working_days', value: urgency === 'complex' ? limits.complexDays : limits.normalDays };
  return { acceptHours, resolve, source: 'street' };
}

/** A community's clock: its office hours over the holiday data. */
export function calendarFor(hours: OfficeHours): WorkingCalendar {
  return new WorkingCalendar(hours);
}

/** When the request must be accepted. */
export function acceptDue(calendar: WorkingCalendar, createdAt: number, terms: RequestTerms): DueTime {
  return calendar.addWorkingHours(createdAt, terms.acceptHours);
}

/** When the request must be resolved, counted from `from` (its creation, or a reopening), less its pauses. */
export function resolveDue(calendar: WorkingCalendar, from: number, limit: ResolveLimit, paused: readonly PausedInterval[] = []): DueTime {
  if (limit.unit === 'hours') return addWallClockHours(from, limit.value, { paused });
  if (limit.unit === 'working_hours') return calendar.addWorkingHours(from, limit.value, { paused });
  return calendar.addWorkingDays(from, limit.value, { paused });
}

/** The next escalation step after one was taken at `from`: another acceptance limit of working time. */
export function nextStep(calendar: WorkingCalendar, from: number, terms: RequestTerms): DueTime {
  return calendar.addWorkingHours(from, terms.acceptHours);
}

/** "本街道承诺" as residents read it. */
export function limitsText(limits: RequestLimits): string {
  return `${limits.acceptHours}个工作小时内受理；紧急诉求${limits.urgentHours}小时内、一般诉求${limits.normalDays}个工作日内、复杂诉求${limits.complexDays}个工作日内办结`;
}
