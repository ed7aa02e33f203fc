import { randomUUID } from 'node:crypto';
import type { InputOf } from '../../types/api';
import type { BookingDoc } from '../../cloudfunctions/core/legal-aid/booking.repository';
import type { DayDoc } from '../../cloudfunctions/core/legal-aid/day.repository';
import type { TestHost } from '../../scripts/harness/test-host';

type BookInput = InputOf<'legal-aid', 'book'>;

/** A booking request for a slot, with a fresh idempotency key unless given. */
export function bookInput(lawyerId: string, startAt: number, overrides: Partial<BookInput> = {}): BookInput {
  return {
    lawyerId,
    startAt,
    specialty: 'family',
    service: 'advice',
    mode: 'in_person',
    description: '离婚后孩子的抚养费一直没有按时给付，想了解可以怎么办。',
    consent: true,
    idempotencyKey: randomUUID().replaceAll('-', ''),
    ...overrides,
  };
}

/** The first free slots of a volunteer, as the resident's slots page lists them. */
export async function freeStarts(host: TestHost, asResident: string, lawyerId: string, count = 1): Promise<number[]> {
  const { days } = await host.callOk(asResident, 'legal-aid', 'slots', { lawyerId });
  return days.flatMap((d) => d.slots.map((s) => s.startAt)).slice(0, count);
}

export const bookingDoc = (host: TestHost, id: string) => host.store.get<BookingDoc>('legal_bookings', id);
export const dayDocs = (host: TestHost, volunteerId: string) => host.store.find<DayDoc>('legal_days', { volunteerId });
