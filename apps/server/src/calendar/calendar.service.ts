/**
 * The holiday calendar as staff and administrators see it: the years with their kind and
 * source, one year's dates, the Excel template and export, and the import of a State Council
 * notice — every row checked first (400 naming each bad row, nothing written), then in one
 * transaction the years written, the provisional year moved on, stored deadlines recomputed and
 * every year audited with its before/after counts; the process reloads its calendar after the
 * commit, other processes within a minute (calendar-store.ts).
 */
import { createHash } from 'node:crypto';
import type { CalendarImportResult, CalendarImportedYear, CalendarYearDetail, CalendarYearList, CalendarYearSummary } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { invalid, notFound, type FieldError } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { CalendarDataError } from './working-days.js';
import { cityCalendarOf, countsOf, withProvisionalYear, workingDaysInYear, type CalendarYearData, type CityCalendar } from './city-calendar.js';
import { nameDays, statutoryHolidays, type StatutoryDay } from './statutory-holidays.js';
import { buildCalendarWorkbook, readCalendarJson, readCalendarWorkbook, type FileYear, type ReadCalendarFile } from './calendar-file.js';
import { deleteProvisionalExcept, fromRow, listYears, lockYears, toRow, upsertYear } from './calendar.repository.js';

type Actor = Pick<Principal, 'userId' | 'role' | 'displayName'> | null;

/** The name stored as "loaded by" for the CLI and the seed. */
const SYSTEM = 'system';

function summaryOf(cal: CityCalendar, y: CalendarYearData): CalendarYearSummary {
  return {
    year: y.year,
    kind: y.kind,
    ...countsOf(y),
    workingDays: workingDaysInYear(cal, y.year),
    source: y.source,
    loadedBy: y.loadedByName,
    loadedAt: y.loadedAt.toISOString(),
  };
}

/** GET /api/v1/calendar/years: the years on the running calendar, newest first. */
export function listCalendarYears(ctx: AppContext): CalendarYearList {
  const cal = ctx.calendar.current();
  return {
    items: [...cal.years].reverse().map((y) => summaryOf(cal, y)),
    lastOfficialYear: cal.lastOfficialYear,
    provisionalYear: cal.provisionalYear,
    today: businessDate(ctx.clock.now()),
  };
}

/** GET /api/v1/calendar/years/:year (404 outside the calendar). */
export function calendarYear(ctx: AppContext, year: number): CalendarYearDetail {
  const cal = ctx.calendar.current();
  const y = cal.years.find((c) => c.year === year);
  if (!y) throw notFound({ en: `The calendar year ${year}`, zh: ` ${year} 年的节假日日历` });
  return { ...summaryOf(cal, y), holidayDates: y.holidays, workdayDates: y.workdays };
}

/** The blank workbook to fill in for `year` (default: the provisional year). */
export async function calendarTemplate(ctx: AppContext): Promise<{ fileName: string; data: Buffer }> {
  const year = ctx.calendar.current().provisionalYear ?? Number(businessDate(ctx.clock.now()).slice(0, 4)) + 1;
  return { fileName: `bole-holidays-${year}-template.xlsx`, data: await buildCalendarWorkbook({ forYear: year }) };
}

/** A stored year as the same workbook (to correct and import again). */
export async function exportCalendarYear(ctx: AppContext, year: number): Promise<{ fileName: string; data: Buffer }> {
  const y = calendarYear(ctx, year);
  const data = await buildCalendarWorkbook({ source: y.source, years: [{ year, holidays: y.holidayDates, workdays: y.workdayDates }], forYear: year });
  return { fileName: `bole-holidays-${year}.xlsx`, data };
}

/** Reads an uploaded file by its name or content: .xlsx (a zip) or .json. */
export async function readCalendarFile(fileName: string, data: Buffer): Promise<ReadCalendarFile> {
  const isZip = data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;
  if (isZip || /\.xlsx$/i.test(fileName)) return readCalendarWorkbook(data);
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  if (/\.json$/i.test(fileName) || /^\s*\{/.test(text)) return readCalendarJson(text);
  return { years: [], source: null, errors: [{ field: 'file', message: 'must be an Excel workbook (.xlsx) or JSON (.json) in the template’s shape' }] };
}

const notImported = 'The calendar file was not imported.';

/**
 * Which years a file may bring: official years must stay consecutive, so a file may correct
 * stored official years, replace the provisional year, or reach one year before the first —
 * but not jump past the provisional year (that needs the year in between first).
 */
function yearErrors(stored: readonly CalendarYearData[], imported: readonly FileYear[]): FieldError[] {
  const official = stored.filter((y) => y.kind === 'official').map((y) => y.year);
  const years = [...new Set([...official, ...imported.map((y) => y.year)])].sort((a, b) => a - b);
  const errors: FieldError[] = [];
  for (let i = 1; i < years.length; i++) {
    const gap = years[i - 1]! + 1;
    if (years[i] !== gap) {
      const late = imported.find((y) => y.year === years[i]);
      errors.push({
        field: late ? String(late.year) : String(years[i]),
        message: `cannot be imported before ${gap}: official years must follow each other (the calendar has official years up to ${official[official.length - 1] ?? 'none'})`,
      });
      break;
    }
  }
  return errors;
}

/** Statutory holidays of a year that the imported data does not list as days off. */
function missingStatutory(y: FileYear): StatutoryDay[] {
  const off = new Set(y.holidays.map((d) => d.date));
  const seen = new Set<string>();
  return statutoryHolidays(y.year).filter((s) => !off.has(s.date) && !seen.has(s.date) && seen.add(s.date));
}

const sameDays = (a: readonly StatutoryDay[], b: readonly StatutoryDay[]) => a.length === b.length && a.every((d, i) => d.date === b[i]!.date);

/**
 * Imports a calendar file: 400 naming every bad row (nothing written); then the years become
 * official, the provisional year follows the last official one, the workflows are told
 * (`ctx.hooks.calendarChanged`: stored deadlines recomputed, notices extended) and each year is audited with its before/after counts. `source` (the notice's
 * title and number) is required, from the file or the option; `by` names a caller without an
 * account (the CLI).
 */
export async function importCalendar(
  ctx: AppContext,
  actor: Actor,
  file: { fileName: string; data: Buffer },
  opts: { source?: string | undefined; ip?: string | null; by?: string } = {},
): Promise<CalendarImportResult> {
  const read = await readCalendarFile(file.fileName, file.data);
  const errors = [...read.errors];
  const source = (opts.source ?? read.source ?? '').trim();
  if (errors.length === 0 && !source) {
    errors.push({ field: 'source', message: 'is required: the notice’s title and number (the file’s 来源 cell, or the source option)' });
  }
  if (errors.length) throw invalid(errors, notImported);
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  const before = ctx.calendar.current();

  const result = await ctx.db.transaction(async (tx) => {
    await lockYears(tx);
    const stored = (await listYears(tx)).map(fromRow);
    const yearProblems = yearErrors(stored, read.years);
    if (yearProblems.length) throw invalid(yearProblems, notImported);
    const now = ctx.clock.now();
    const loadedByName = actor?.displayName ?? opts.by ?? SYSTEM;
    const incoming: CalendarYearData[] = read.years.map((y) => ({
      year: y.year,
      kind: 'official',
      ...nameDays(y.year, y.holidays, y.workdays),
      source,
      loadedByName,
      loadedAt: now,
    }));
    const official = [...stored.filter((s) => s.kind === 'official' && !incoming.some((i) => i.year === s.year)), ...incoming];
    const next = withProvisionalYear(official, stored, now);
    let after: CityCalendar;
    try {
      after = cityCalendarOf(next);
    } catch (e) {
      if (e instanceof CalendarDataError) throw invalid([{ field: 'file', message: e.message }], notImported);
      throw e;
    }

    const years: CalendarImportedYear[] = incoming.map((y) => {
      const old = stored.find((s) => s.year === y.year);
      return {
        year: y.year,
        replaced: old ? old.kind : 'none',
        changed: !old || old.kind !== 'official' || !sameDays(old.holidays, y.holidays) || !sameDays(old.workdays, y.workdays),
        before: old ? countsOf(old) : null,
        after: countsOf(y),
        missingStatutory: missingStatutory(y),
      };
    });
    for (const y of incoming) await upsertYear(tx, toRow(y, actor?.userId ?? null));
    const provisional = next.filter((y) => y.kind === 'provisional');
    await deleteProvisionalExcept(
      tx,
      provisional.map((y) => y.year),
    );
    for (const p of provisional) await upsertYear(tx, toRow(p, null));

    const changed = years.filter((y) => y.changed).map((y) => y.year);
    let applicationsRecomputed = 0;
    let noticesExtended = 0;
    if (changed.length) {
      const change = { before, after, from: `${Math.min(...changed)}-01-01`, actor, source };
      for (const listener of ctx.hooks.calendarChanged) {
        const effects = await listener(ctx, tx, change);
        applicationsRecomputed += effects.applicationsRecomputed ?? 0;
        noticesExtended += effects.noticesExtended ?? 0;
      }
    }
    for (const y of years) {
      await ctx.audit.record(
        tx,
        actor,
        {
          action: 'calendar.import',
          entity: 'calendar_year',
          entityId: String(y.year),
          detail: {
            source,
            file: file.fileName,
            sha256,
            replaced: y.replaced,
            changed: y.changed,
            before: y.before,
            after: y.after,
            missingStatutory: y.missingStatutory.map((d) => d.date),
            provisionalYear: after.provisionalYear,
            applicationsRecomputed,
            noticesExtended,
          },
        },
        opts.ip,
      );
    }
    return { years, source, provisionalYear: after.provisionalYear, applicationsRecomputed, noticesExtended };
  });
  await ctx.calendar.load();
  return result;
}
