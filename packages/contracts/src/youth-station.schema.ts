/**
 * 青年驿站 (youth stations): free short stays for graduates coming to look for work. Stations
 * have rooms and beds; a stay holds one bed for consecutive nights, at most a station's limit
 * (7 by default), at most a number of stays per person and year (1 by default). Eligibility is
 * the pack's youth-station policy on the talent's verified facts.
 */
import { z } from 'zod';
import { districtCode, isoDate } from './common.schema.js';

/** Where a stay stands. */
export const STAY_STATUSES = ['booked', 'checked_in', 'checked_out', 'no_show', 'cancelled'] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];

const bilingual = z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(100) });

/** POST /api/v1/youth-stations: an officer opens a station with its rooms and beds. */
export const createStationBody = z
  .object({
    name: bilingual,
    district: districtCode,
    address: z.string().min(1).max(200),
    maxNights: z.number().int().min(1).max(30).default(7),
    staysPerYear: z.number().int().min(1).max(12).default(1),
    /** The pack's policy that decides who may stay. */
    policyId: z.string().min(1).max(80).default('youth-station-stay'),
    rooms: z
      .array(z.object({ name: z.string().min(1).max(40), beds: z.number().int().min(1).max(20) }).strict())
      .min(1)
      .max(200),
  })
  .strict();
export type CreateStationBody = z.infer<typeof createStationBody>;

/** A station as listed. */
export const youthStation = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  district: z.string(),
  address: z.string(),
  maxNights: z.number().int(),
  staysPerYear: z.number().int(),
  policyId: z.string(),
  beds: z.number().int(),
});
export type YouthStation = z.infer<typeof youthStation>;
export const youthStationList = z.object({ items: z.array(youthStation) });
export type YouthStationList = z.infer<typeof youthStationList>;

export const stationParams = z.object({ id: z.string().uuid('must be a station id (UUID)') }).strict();
export const stayParams = z.object({ id: z.string().uuid('must be a stay id (UUID)') }).strict();

/** GET …/calendar and GET /api/v1/youth-stations/occupancy: a range of nights. */
export const nightRangeQuery = z.object({ from: isoDate, days: z.coerce.number().int().min(1).max(62).default(14) }).strict();
export type NightRangeQuery = z.infer<typeof nightRangeQuery>;

/** A station's bed calendar: each bed and the nights it is held. */
export const bedCalendar = z.object({
  stationId: z.string(),
  from: isoDate,
  nights: z.array(isoDate),
  beds: z.array(z.object({ id: z.string(), room: z.string(), label: z.string(), held: z.array(isoDate) })),
});
export type BedCalendar = z.infer<typeof bedCalendar>;

/** POST /api/v1/youth-stations/:id/stays: a talent books a bed (any free one unless named). */
export const bookStayBody = z
  .object({
    firstNight: isoDate,
    nights: z.number().int().min(1).max(60),
    bedId: z.string().uuid('must be a bed id (UUID)').optional(),
  })
  .strict();
export type BookStayBody = z.infer<typeof bookStayBody>;

/** A stay. */
export const youthStay = z.object({
  id: z.string(),
  stationId: z.string(),
  stationName: z.object({ zh: z.string(), en: z.string() }),
  bedId: z.string(),
  room: z.string(),
  bed: z.string(),
  talentId: z.string(),
  talentName: z.string().nullable(),
  firstNight: isoDate,
  lastNight: isoDate,
  nights: z.number().int(),
  status: z.enum(STAY_STATUSES),
  bookedAt: z.string(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
});
export type YouthStay = z.infer<typeof youthStay>;
export const youthStayList = z.object({ items: z.array(youthStay) });
export type YouthStayList = z.infer<typeof youthStayList>;

/** POST /api/v1/youth-stations/:id/check-in: the station scans the talent code. */
export const checkInBody = z.object({ code: z.string().min(1).max(4000) }).strict();
export type CheckInBody = z.infer<typeof checkInBody>;

/** GET /api/v1/youth-stations/:id/tonight: the desk's list for a night (default today). */
export const stationTonightQuery = z.object({ date: isoDate.optional() }).strict();
export type StationTonightQuery = z.infer<typeof stationTonightQuery>;
/** Bookings whose first night has come and nobody checked in yet, and the guests checked in, by room and bed. */
export const stationTonight = z.object({ date: isoDate, items: z.array(youthStay) });
export type StationTonight = z.infer<typeof stationTonight>;

/** POST /api/v1/youth-stations/no-shows: release the beds of stays nobody checked into by the day after their first night. */
export const noShowResult = z.object({ at: isoDate, released: z.array(z.string()) });
export type NoShowResult = z.infer<typeof noShowResult>;

/** The office's view: per station and night, beds and beds held. */
export const stationOccupancy = z.object({
  from: isoDate,
  nights: z.array(isoDate),
  stations: z.array(
    z.object({
      stationId: z.string(),
      name: z.object({ zh: z.string(), en: z.string() }),
      beds: z.number().int(),
      held: z.array(z.number().int()),
    }),
  ),
});
export type StationOccupancy = z.infer<typeof stationOccupancy>;
