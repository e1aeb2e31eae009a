/**
 * The talent list exported to Excel as a job: started with the list's filters, it reads the
 * list a step at a time (numbers masked, as on screen), moving its progress after each step,
 * and keeps the finished workbook for the account that started it. Starting one is audited.
 * The worker holds the export's job lock (an advisory lock on PostgreSQL, released by the
 * server when its process dies); an export still `running` whose lock is free has lost its
 * worker (the server stopped) and is started again from its stored filters when polled.
 */
import {
  businessDate,
  fieldLabel,
  labelOf,
  TALENT_EXPORT_MAX_ROWS,
  TALENT_EXPORT_STEP,
  type TalentExport,
  talentExportBody,
  type TalentExportBody,
  type Vocabulary,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { notFound } from '../http/errors.js';
import { assertCityCodes, cityValueNames } from '../city/city-file.js';
import { tableWorkbook, type CellValue } from '../platform/table-workbook.js';
import { tryJobLock } from '../benefits/job.service.js';
import { countTalentRows, listTalentRows } from './talent-list.repository.js';
import { criteriaOf, toListItem } from './talent-list.service.js';
import { findExport, findExportFile, findExportJob, finishExport, insertExport, setExportProgress, type TalentExportRow } from './talent-export.repository.js';

const exportNotFound = () => notFound({ en: 'The export', zh: '该导出任务' });
const header = (name: string) => {
  const l = fieldLabel(name);
  return `${l.zh} ${l.en}`;
};
const HEADERS = ['name', 'mobile', 'idNumber', 'district', 'highestDegree', 'birthDate', 'tier', 'employerId', 'chain'].map(header);

function present(row: TalentExportRow): TalentExport {
  const iso = (at: string) => new Date(at).toISOString();
  return { ...row, status: row.status as TalentExport['status'], createdAt: iso(row.createdAt), finishedAt: row.finishedAt ? iso(row.finishedAt) : null };
}

/** POST /talent-exports: starts the export of the filtered list; the job runs on after the answer. */
export async function startTalentExport(ctx: AppContext, principal: Principal, body: TalentExportBody, ip: string | null): Promise<TalentExport> {
  assertCityCodes(ctx.city, { district: body.district, chain: body.chain });
  const criteria = criteriaOf(ctx, body);
  const count = await countTalentRows(ctx.db, criteria);
  const now = ctx.clock.now().toISOString();
  const job = await insertExport(ctx.db, { params: body, total: Math.min(count.total, TALENT_EXPORT_MAX_ROWS), createdBy: principal.userId, now });
  await ctx.db.transaction((tx) =>
    ctx.audit.record(tx, principal, { action: 'talent.export', entity: 'talent_export', entityId: job.id, detail: { filters: body, total: job.total } }, ip),
  );
  await runLocked(ctx, job.id, body);
  return present(job);
}

/** Lock keys of exports: one per export, above every fixed job lock key (`2^52 +` 48 bits of its id). */
const exportLockKey = (id: string) => 2 ** 52 + Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

/** Runs a new export in the background under its lock. */
async function runLocked(ctx: AppContext, id: string, body: TalentExportBody): Promise<void> {
  const release = await tryJobLock(ctx.database, exportLockKey(id));
  if (release) void runTalentExport(ctx, id, body).finally(release);
}

/**
 * An export left `running` by a worker that is gone starts again from its stored filters (its
 * rows were in the stopped process's memory); filters that no longer read end it as failed.
 */
async function resumeOrphaned(ctx: AppContext, row: TalentExportRow, owner: string): Promise<TalentExportRow> {
  const release = await tryJobLock(ctx.database, exportLockKey(row.id));
  if (!release) return row;
  const stored = await findExportJob(ctx.db, row.id);
  const params = talentExportBody.safeParse(stored?.params ?? {});
  if (stored?.status !== 'running' || !params.success) {
    if (stored?.status === 'running') await finishExport(ctx.db, row.id, { processed: row.processed, now: ctx.clock.now().toISOString() }).finally(release);
    else await release();
    return (await findExport(ctx.db, row.id, owner))!;
  }
  await setExportProgress(ctx.db, row.id, 0);
  void runTalentExport(ctx, row.id, params.data).finally(release);
  return { ...row, processed: 0 };
}

/** Writes the workbook a step at a time; a failure ends the job as `failed` (no file). */
export async function runTalentExport(ctx: AppContext, id: string, body: TalentExportBody): Promise<void> {
  const criteria = criteriaOf(ctx, body);
  const rows: CellValue[][] = [];
  try {
    for (;;) {
      const step = await listTalentRows(ctx.db, criteria, body.sort, Math.min(TALENT_EXPORT_STEP, TALENT_EXPORT_MAX_ROWS - rows.length), rows.length);
      for (const r of step) rows.push(cells(ctx, toListItem(ctx, r)));
      await setExportProgress(ctx.db, id, rows.length);
      if (step.length < TALENT_EXPORT_STEP || rows.length >= TALENT_EXPORT_MAX_ROWS) break;
    }
    const data = await tableWorkbook('人才库', HEADERS, rows);
    const name = `talents-${businessDate(ctx.clock.now())}.xlsx`;
    await finishExport(ctx.db, id, { processed: rows.length, now: ctx.clock.now().toISOString(), file: { name, data } });
  } catch {
    await finishExport(ctx.db, id, { processed: rows.length, now: ctx.clock.now().toISOString() });
  }
}

function cells(ctx: AppContext, t: ReturnType<typeof toListItem>): CellValue[] {
  const label = (vocabulary: Vocabulary, v: string | null) => (v ? (labelOf(vocabulary, v)?.zh ?? v) : null);
  const names = cityValueNames(ctx.city);
  const city = (subject: 'district' | 'employer.chain', v: string | null) => (v ? (names(subject, v)?.zh ?? v) : null);
  return [
    t.name,
    t.mobile,
    t.idNumber,
    city('district', t.district),
    label('degree', t.highestDegree),
    t.birthDate,
    label('tier', t.tier),
    t.employerName,
    city('employer.chain', t.chain),
  ];
}

/** GET /talent-exports/:id: the progress of an export the caller started (resumed when its worker is gone). */
export async function getTalentExport(ctx: AppContext, principal: Principal, id: string): Promise<TalentExport> {
  const row = await findExport(ctx.db, id, principal.userId);
  if (!row) throw exportNotFound();
  return present(row.status === 'running' ? await resumeOrphaned(ctx, row, principal.userId) : row);
}

/** GET /talent-exports/:id/file: the finished workbook of an export the caller started. */
export async function talentExportFile(ctx: AppContext, principal: Principal, id: string): Promise<{ name: string; data: Buffer }> {
  const file = await findExportFile(ctx.db, id, principal.userId);
  if (!file) throw exportNotFound();
  return file;
}
