import * as z from 'zod';
import { BookingStatusSchema, ServiceModeSchema, ServiceSchema, SpecialtySchema, VolunteerIdSchema, VolunteerKindSchema, VolunteerStatusSchema } from './legal-aid';
import { UnitIdSchema } from './org';

/** A volunteer's record of service for a year: the 服务记录证明, hours per consultation, at most 8 hours a day. */
export const ServiceRecordSchema = z.object({
  year: z.number().int(),
  volunteer: z.object({ name: z.string(), kind: VolunteerKindSchema, licenseNo: z.string().nullable(), firm: z.string().nullable(), unitName: z.string() }),
  rows: z.array(z.object({ date: z.string(), startAt: z.number().int(), endAt: z.number().int(), specialty: SpecialtySchema, service: ServiceSchema, hours: z.number() })),
  /** Per Shanghai day: the hours recorded, and whether the 8-hour daily ceiling cut them. */
  days: z.array(z.object({ date: z.string(), hours: z.number(), capped: z.boolean() })),
  consultations: z.number().int(),
  totalHours: z.number(),
  issuedAt: z.number().int(),
});
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

/** What admins see of their communities' legal aid: counts, categories, response times and ratings; never content. */
export const LegalStatsSchema = z.object({
  year: z.number().int(),
  communities: z.array(z.object({ id: UnitIdSchema, name: z.string() })),
  bookings: z.object({
    total: z.number().int(),
    byStatus: z.array(z.object({ status: BookingStatusSchema, count: z.number().int() })),
    bySpecialty: z.array(z.object({ specialty: SpecialtySchema, count: z.number().int() })),
    byMode: z.array(z.object({ mode: ServiceModeSchema, count: z.number().int() })),
  }),
  /** From booking to the volunteer's answer (accepted or declined). */
  response: z.object({ responded: z.number().int(), averageMinutes: z.number().nullable(), medianMinutes: z.number().nullable() }),
  ratings: z.object({ count: z.number().int(), average: z.number().nullable(), stars: z.array(z.number().int()) }),
  questions: z.object({ asked: z.number().int(), answered: z.number().int(), expired: z.number().int(), medianAnswerMinutes: z.number().nullable() }),
  volunteers: z.array(
    z.object({
      id: VolunteerIdSchema,
      name: z.string(),
      kind: VolunteerKindSchema,
      status: VolunteerStatusSchema,
      paused: z.boolean(),
      unitName: z.string(),
      completedCount: z.number().int(),
      ratingAverage: z.number().nullable(),
      ratingCount: z.number().int(),
    }),
  ),
});
export type LegalStats = z.infer<typeof LegalStatsSchema>;
