import type { ActivityDetail } from '../../../types/activity';
import type { ActivityType, Audience } from '../../../types/activity-names';
import { dateInput, dayAt, fromWall, timeInput } from '../../lib/cn-time';

/** The form as the pickers hold it: Shanghai dates and times as text, numbers as typed. */
export interface ActivityForm {
  title: string;
  type: ActivityType;
  unitId: string;
  audience: Audience;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  capacity: string;
  waitlistLimit: string;
  signupDate: string;
  signupTime: string;
  cancelDate: string;
  cancelTime: string;
  checkInOpensMinutes: string;
  description: string;
  coverImage: string;
}

/** A new activity: three days from now at 09:00 for two hours, signup closing 18:00 the day before. */
export function blankForm(now: number, unitId: string): ActivityForm {
  const start = dayAt(now, 3, '09:00');
  return {
    title: '',
    type: 'theme_day',
    unitId,
    audience: 'party_subtree',
    startDate: dateInput(start),
    startTime: '09:00',
    endDate: dateInput(start),
    endTime: '11:00',
    place: '',
    capacity: '30',
    waitlistLimit: '10',
    signupDate: dateInput(dayAt(start, -1, '18:00')),
    signupTime: '18:00',
    cancelDate: dateInput(dayAt(start, -1, '20:00')),
    cancelTime: '20:00',
    checkInOpensMinutes: '30',
    description: '',
    coverImage: '',
  };
}

export function formOf(a: ActivityDetail): ActivityForm {
  return {
    title: a.title,
    type: a.type,
    unitId: a.unitId,
    audience: a.audience,
    startDate: dateInput(a.startAt),
    startTime: timeInput(a.startAt),
    endDate: dateInput(a.endAt),
    endTime: timeInput(a.endAt),
    place: a.place,
    capacity: String(a.capacity),
    waitlistLimit: String(a.waitlistLimit),
    signupDate: dateInput(a.signupDeadline),
    signupTime: timeInput(a.signupDeadline),
    cancelDate: dateInput(a.cancelDeadline),
    cancelTime: timeInput(a.cancelDeadline),
    checkInOpensMinutes: String(a.checkInOpensMinutes),
    description: a.description,
    coverImage: a.coverImage ?? '',
  };
}

/** The editable fields in the contract's shape; the server validates them (and says what is wrong, per field). */
export function fieldsOf(f: ActivityForm) {
  return {
    title: f.title.trim(),
    type: f.type,
    startAt: fromWall(f.startDate, f.startTime),
    endAt: fromWall(f.endDate, f.endTime),
    place: f.place.trim(),
    capacity: Number(f.capacity),
    waitlistLimit: Number(f.waitlistLimit),
    signupDeadline: fromWall(f.signupDate, f.signupTime),
    cancelDeadline: fromWall(f.cancelDate, f.cancelTime),
    checkInOpensMinutes: Number(f.checkInOpensMinutes),
    description: f.description.trim(),
    coverImage: f.coverImage.trim() || null,
  };
}
