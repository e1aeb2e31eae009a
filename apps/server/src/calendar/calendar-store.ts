/**
 * The calendar a running process computes deadlines on, kept in the application context
 * (`ctx.calendar`). `load()` reads the years from the database — seeding an empty table from
 * `cn-holidays.json` and adding the provisional year after the last official one when it is
 * missing — and binds them into a `CityCalendar`; `current()` hands that out synchronously, so
 * services and the pure rules use it inside transactions without another query.
 *
 * Freshness: the importing process reloads right after its transaction commits; every other
 * process (a second server on the same PostgreSQL, after a `bole calendar import`) compares a
 * cheap fingerprint of the years once a minute (`watch`) and reloads when it changed. So a
 * change reaches every node within a minute.
 *
 * The seed is not audited: it is the data this release ships, like a migration, and its rows
 * carry their source. Imports are (calendar.service.ts).
 */
import defaultData from './cn-holidays.json' with { type: 'json' };
import type { Db } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import { cityCalendarOf, withProvisionalYear, type CalendarYearData, type CityCalendar } from './city-calendar.js';
import { nameDays } from './statutory-holidays.js';
import { fromRow, insertMissingYears, listYears, toRow, yearsFingerprint } from './calendar.repository.js';

/** The calendar of this process, loaded from the database. */
export interface CalendarStore {
  /** The calendar as last loaded; throws when `load()` has not run (a wiring mistake). */
  current(): CityCalendar;
  /** Seeds what is missing and (re)loads every year. Safe when several processes start at once. */
  load(): Promise<CityCalendar>;
  /** `load()` unless already loaded. */
  ensureLoaded(): Promise<CityCalendar>;
  /** Reloads when another process changed the stored years; returns whether it did. */
  refresh(): Promise<boolean>;
  /** Calls `refresh` every `ms` (not keeping the process alive) until the returned function is called. */
  watch(ms: number, onError: (err: unknown) => void): () => void;
}

/** The seed: the official years shipped in `cn-holidays.json`, named and with their notices. */
export function seedYears(at: Date): CalendarYearData[] {
  const years: CalendarYearData[] = [];
  for (const [key, value] of Object.entries(defaultData as Record<string, unknown>)) {
    if (!/^\d{4}$/.test(key)) continue;
    const entry = value as { holidays: string[]; workdays: string[]; source?: string };
    const year = Number(key);
    const named = nameDays(
      year,
      entry.holidays.map((date) => ({ date, name: '' })),
      entry.workdays.map((date) => ({ date, name: '' })),
    );
    years.push({
      year,
      kind: 'official',
      ...named,
      source: entry.source ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
      loadedByName: 'system',
      loadedAt: at,
    });
  }
  return years;
}

/** Creates the store of a process over `db` (the pool, never a transaction). */
export function createCalendarStore(db: Db, clock: Clock): CalendarStore {
  let state: { calendar: CityCalendar; fingerprint: string } | null = null;

  const load = async (): Promise<CityCalendar> => {
    let rows = (await listYears(db)).map(fromRow);
    const now = clock.now();
    if (!rows.some((r) => r.kind === 'official')) {
      await insertMissingYears(
        db,
        seedYears(now).map((y) => toRow(y, null)),
      );
      rows = (await listYears(db)).map(fromRow);
    }
    const wanted = withProvisionalYear(
      rows.filter((r) => r.kind === 'official'),
      rows,
      now,
    );
    const missing = wanted.filter((w) => !rows.some((r) => r.year === w.year));
    if (missing.length) {
      await insertMissingYears(
        db,
        missing.map((y) => toRow(y, null)),
      );
      rows = (await listYears(db)).map(fromRow);
    }
    const fingerprint = await yearsFingerprint(db);
    state = { calendar: cityCalendarOf(rows), fingerprint };
    return state.calendar;
  };

  const refresh = async (): Promise<boolean> => {
    if (!state) {
      await load();
      return true;
    }
    if ((await yearsFingerprint(db)) === state.fingerprint) return false;
    await load();
    return true;
  };

  return {
    current() {
      if (!state) throw new Error('The holiday calendar is not loaded: call ctx.calendar.load() when the context is opened.');
      return state.calendar;
    },
    load,
    ensureLoaded: async () => state?.calendar ?? load(),
    refresh,
    watch(ms, onError) {
      const timer = setInterval(() => refresh().catch(onError), ms);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
