/**
 * What the calendar announces when an import changes working days. The calendar knows no
 * workflow: the workflows whose stored dates count working days (application deadlines,
 * recognition notices) register a listener at start-up (`ctx.hooks.calendarChanged`, wired in
 * platform/hooks.ts) and react inside the import's transaction, so a failure rolls it all back.
 */
import type { CalendarImportResult } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import type { CityCalendar } from './city-calendar.js';

/** A change of working days: the calendars before and after, from which day, by whom, on which notice. */
export interface CalendarChanged {
  before: CityCalendar;
  after: CityCalendar;
  /** The first day that may count differently (1 January of the first changed year). */
  from: string;
  actor: Pick<Principal, 'userId' | 'role' | 'displayName'> | null;
  /** The notice's title and number. */
  source: string;
}

/** What a listener changed, added into the import's result and audit entries. */
export type CalendarChangeEffects = Partial<Pick<CalendarImportResult, 'applicationsRecomputed' | 'noticesExtended'>>;

/** Reacts to a change of working days inside the import's transaction. */
export type CalendarChangeListener = (ctx: AppContext, tx: Tx, change: CalendarChanged) => Promise<CalendarChangeEffects>;
