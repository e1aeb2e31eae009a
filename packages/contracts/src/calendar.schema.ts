import { z } from 'zod';

/**
 * How a calendar year is known: `official` from the State Council General Office's notice on
 * holiday arrangements; `provisional` computed from the statutory holidays alone (the notice of
 * that year is not out yet), with no make-up workdays (调休).
 */
export const CALENDAR_YEAR_KINDS = ['official', 'provisional'] as const;
export const calendarYearKind = z.enum(CALENDAR_YEAR_KINDS);
export type CalendarYearKind = z.infer<typeof calendarYearKind>;

/** A year of the holiday calendar as listed. */
export const calendarYearSummary = z.object({
  year: z.number().int(),
  kind: calendarYearKind,
  /** Days off listed for the year (放假). */
  holidays: z.number().int(),
  /** Make-up workdays (调休上班), weekends that are worked. */
  workdays: z.number().int(),
  /** Working days of the whole year on this calendar. */
  workingDays: z.number().int(),
  /** The notice (title and number) or, for a provisional year, the rule it was computed from. */
  source: z.string(),
  loadedBy: z.string(),
  loadedAt: z.string(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummary>;

/** GET /api/v1/calendar/years. */
export const calendarYearList = z.object({
  items: z.array(calendarYearSummary),
  /** The last year with official data; deadlines up to the end of `provisionalYear` can be computed. */
  lastOfficialYear: z.number().int().nullable(),
  provisionalYear: z.number().int().nullable(),
  /** Today's business date (Asia/Shanghai). */
  today: z.string(),
});
export type CalendarYearList = z.infer<typeof calendarYearList>;

/** A listed date with its name (春节, 国庆节（补休）…); empty when the file named none. */
export const calendarDay = z.object({ date: z.string(), name: z.string() });
export type CalendarDay = z.infer<typeof calendarDay>;

/** GET /api/v1/calendar/years/:year. */
export const calendarYearDetail = calendarYearSummary.extend({
  holidayDates: z.array(calendarDay),
  workdayDates: z.array(calendarDay),
});
export type CalendarYearDetail = z.infer<typeof calendarYearDetail>;

/** Path parameter of one year. */
export const calendarYearParams = z.object({ year: z.coerce.number().int().min(1900).max(2200) }).strict();

/** How one imported year changed the calendar. */
export const calendarImportedYear = z.object({
  year: z.number().int(),
  /** What the year was before: nothing, the provisional calendar, or official data (a correction). */
  replaced: z.enum(['none', 'provisional', 'official']),
  changed: z.boolean(),
  before: z.object({ holidays: z.number().int(), workdays: z.number().int() }).nullable(),
  after: z.object({ holidays: z.number().int(), workdays: z.number().int() }),
  /** Statutory holidays (《全国年节及纪念日放假办法》) the file does not list as days off: worth a second look. */
  missingStatutory: z.array(calendarDay),
});
export type CalendarImportedYear = z.infer<typeof calendarImportedYear>;

/** POST /api/v1/calendar/import. */
export const calendarImportResult = z.object({
  years: z.array(calendarImportedYear),
  source: z.string(),
  /** The provisional year after the import (the year after the last official one). */
  provisionalYear: z.number().int().nullable(),
  /** Open applications whose stored SLA deadline moved with the new data. */
  applicationsRecomputed: z.number().int(),
  /** Public notices of recognitions whose last day moved later (never earlier: the public keeps every announced day). */
  noticesExtended: z.number().int(),
});
export type CalendarImportResult = z.infer<typeof calendarImportResult>;

/** Multipart text field or query option of an import: the notice's title and number. */
export const calendarImportQuery = z.object({ source: z.string().trim().min(1).max(300).optional() }).strict();
