/**
 * `bole calendar list | show <year> | import <file> [--source TEXT] | template [--out FILE] |
 * export <year> [--out FILE]` — the holiday calendar from the command line. An import is
 * audited as the system (the CLI has no account) and a server on the same PostgreSQL picks it
 * up within a minute.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { CalendarImportResult, CalendarYearDetail, CalendarYearList } from '@bole/contracts';
import { AppError } from '../http/errors.js';
import { CliError, withCliContext } from '../cli/context.js';
import type { AppContext } from '../platform/context.js';
import { calendarTemplate, calendarYear, exportCalendarYear, importCalendar, listCalendarYears } from './calendar.service.js';

const KIND = { official: 'official 正式', provisional: 'provisional 暂定' } as const;

/** The years as a table. */
export function formatYearList(list: CalendarYearList): string {
  const lines = [`Year  Kind             Days off  Make-up  Working days  Source`];
  for (const y of list.items) {
    lines.push(
      `${y.year}  ${KIND[y.kind].padEnd(15)}  ${String(y.holidays).padStart(8)}  ${String(y.workdays).padStart(7)}  ${String(y.workingDays).padStart(12)}  ${y.source}`,
    );
  }
  if (list.provisionalYear !== null) {
    lines.push('', `${list.provisionalYear} is provisional (statutory holidays only, no 调休): import the State Council notice when it is published.`);
  }
  return `${lines.join('\n')}\n`;
}

/** One year's dates. */
export function formatYear(y: CalendarYearDetail): string {
  const lines = [
    `${y.year} — ${KIND[y.kind]}; ${y.holidays} days off, ${y.workdays} make-up workdays, ${y.workingDays} working days`,
    `Source: ${y.source}`,
    `Loaded by ${y.loadedBy} at ${y.loadedAt}`,
    '',
    'Days off (放假):',
    ...y.holidayDates.map((d) => `  ${d.date}  ${d.name}`),
    'Make-up workdays (上班):',
    ...(y.workdayDates.length ? y.workdayDates.map((d) => `  ${d.date}  ${d.name}`) : ['  none']),
  ];
  return `${lines.join('\n')}\n`;
}

/** What an import did. */
export function formatImport(r: CalendarImportResult): string {
  const lines = [`Imported from: ${r.source}`];
  for (const y of r.years) {
    const was = y.replaced === 'none' ? 'new' : `replaced the ${y.replaced} year (${y.before!.holidays} days off, ${y.before!.workdays} make-up)`;
    lines.push(`  ${y.year}: official, ${y.after.holidays} days off, ${y.after.workdays} make-up workdays; ${was}${y.changed ? '' : ', unchanged'}`);
    for (const m of y.missingStatutory)
      lines.push(`    note: statutory holiday ${m.date} ${m.name} is not listed as a day off — check the file against the notice`);
  }
  lines.push(`Provisional year now: ${r.provisionalYear ?? 'none'}`);
  lines.push(`Deadlines moved: ${r.applicationsRecomputed} applications; ${r.noticesExtended} public notices extended`);
  return `${lines.join('\n')}\n`;
}

/** Runs the import of a file on disk (400-style problems become a CLI error listing every row). */
export async function importCalendarFile(ctx: AppContext, path: string, source?: string): Promise<CalendarImportResult> {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  try {
    return await importCalendar(ctx, null, { fileName: basename(path), data }, { source, by: `bole CLI (${userInfo().username})` });
  } catch (err) {
    if (err instanceof AppError) {
      const rows = (err.errors ?? []).map((e) => `  ${e.field}: ${e.message}`);
      throw new CliError(rows.length ? `the calendar file was not imported:\n${rows.join('\n')}` : err.message);
    }
    throw err;
  }
}

function yearArg(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new CliError(`year must be YYYY, got "${text}"`);
  return Number(text);
}

/** Registers `bole calendar …`. */
export function registerCalendarCommands(program: Command): void {
  const cal = program.command('calendar').description('The holiday calendar deadlines are counted on (节假日日历)');
  cal
    .command('list')
    .description('Years of the calendar: official or provisional, counts, source')
    .action(async () => {
      process.stdout.write(formatYearList(await withCliContext(async (ctx) => listCalendarYears(ctx))));
    });
  cal
    .command('show <year>')
    .description("A year's days off and make-up workdays")
    .action(async (year: string) => {
      const y = yearArg(year);
      const detail = await withCliContext(async (ctx) => {
        try {
          return calendarYear(ctx, y);
        } catch (err) {
          if (err instanceof AppError) throw new CliError(err.message);
          throw err;
        }
      });
      process.stdout.write(formatYear(detail));
    });
  cal
    .command('import <file>')
    .description('Import the State Council notice from an .xlsx (see `bole calendar template`) or a .json like cn-holidays.json; all rows or none')
    .option('--source <text>', "the notice's title and number (when the file's 来源 cell is empty)")
    .action(async (file: string, opts: { source?: string }) => {
      process.stdout.write(formatImport(await withCliContext((ctx) => importCalendarFile(ctx, file, opts.source))));
    });
  cal
    .command('template')
    .description('Write the blank workbook to fill in from the notice')
    .option('--out <file>', 'where to write it (default: bole-holidays-<year>-template.xlsx)')
    .action(async (opts: { out?: string }) => {
      const t = await withCliContext((ctx) => calendarTemplate(ctx));
      writeFileSync(opts.out ?? t.fileName, t.data);
      process.stdout.write(`Wrote ${opts.out ?? t.fileName}\n`);
    });
  cal
    .command('export <year>')
    .description('Write a stored year as the same workbook, to correct and import again')
    .option('--out <file>', 'where to write it (default: bole-holidays-<year>.xlsx)')
    .action(async (year: string, opts: { out?: string }) => {
      const y = yearArg(year);
      const t = await withCliContext(async (ctx) => {
        try {
          return await exportCalendarYear(ctx, y);
        } catch (err) {
          if (err instanceof AppError) throw new CliError(err.message);
          throw err;
        }
      });
      writeFileSync(opts.out ?? t.fileName, t.data);
      process.stdout.write(`Wrote ${opts.out ?? t.fileName}\n`);
    });
}
