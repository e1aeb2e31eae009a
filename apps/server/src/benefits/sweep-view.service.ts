/**
 * Reading sweeps: a job and its progress with the officers who made and confirmed it, the
 * latest sweeps, and the per-person list of a preview (what would be granted, changed and
 * ended) — filtered by change kind and policy, paged, and as an Excel workbook.
 */
import type ExcelJS from 'exceljs';
import {
  fieldLabel,
  SWEEP_CHANGE_LABELS,
  SWEEP_END_REASON_LABELS,
  SWEEP_STATUS_LABELS,
  type SweepDiff,
  type SweepEndReason,
  type SweepJob,
  type SweepStatus,
} from '@bole/contracts';
import { notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import {
  findJob,
  listJobs,
  previousDoneJob,
  sweepChangeCounts,
  sweepChangePage,
  sweepChangeTotal,
  userNames,
  type JobRow,
  type SweepChangeFilter,
} from './job.repository.js';

/** The bilingual name of a sweep's state (for messages). */
export const stateLabel = (status: string) => {
  const l = SWEEP_STATUS_LABELS[status as SweepStatus];
  return l ? { en: l.en, zh: `为“${l.zh}”` } : status;
};

/** A sweep job by id (404 when unknown or not a sweep). */
export async function getSweep(ctx: AppContext, id: string): Promise<JobRow> {
  const job = await findJob(ctx.db, id);
  if (!job || job.kind !== 'sweep') throw notFound({ en: 'The sweep', zh: '该批量比对任务' });
  return job;
}

/** A sweep as the API shows it (with its officers' names). */
export async function showSweep(ctx: AppContext, viewer: string | null, job: JobRow, resumed?: boolean): Promise<SweepJob> {
  const [shown] = await presentSweeps(ctx, viewer, [job]);
  return resumed === undefined ? shown! : { ...shown!, resumed };
}

async function presentSweeps(ctx: AppContext, viewer: string | null, jobs: JobRow[]): Promise<SweepJob[]> {
  const names = await userNames(ctx.db, [...new Set(jobs.flatMap((j) => [j.createdBy, j.confirmedBy]).filter((x): x is string => !!x))]);
  return jobs.map((job) => {
    const total = Math.max(job.total, job.processed);
    return {
      id: job.id,
      status: job.status as SweepStatus,
      at: String(job.params.at ?? ''),
      processed: job.processed,
      total,
      percent: job.status === 'done' || job.status === 'preview' ? 100 : total === 0 ? 0 : Math.min(100, Math.floor((job.processed / total) * 1000) / 10),
      counts: job.counts,
      checkpoint: job.checkpoint,
      error: job.error,
      createdBy: job.createdBy,
      createdByName: job.createdBy ? (names.get(job.createdBy) ?? null) : null,
      confirmedBy: job.confirmedBy,
      confirmedByName: job.confirmedBy ? (names.get(job.confirmedBy) ?? null) : null,
      confirmedAt: job.confirmedAt,
      madeByYou: viewer !== null && job.createdBy === viewer,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
    };
  });
}

/** Latest sweeps, newest first. */
export async function listSweeps(ctx: AppContext, viewer: string | null): Promise<SweepJob[]> {
  return presentSweeps(ctx, viewer, await listJobs(ctx.db, 'sweep', 20));
}

/** What a sweep would change (its preview) or changed, against the state the previous sweeps left. */
export async function sweepDiff(ctx: AppContext, id: string, q: SweepChangeFilter & { page: number; pageSize: number }): Promise<SweepDiff> {
  const job = await getSweep(ctx, id);
  const previous = await previousDoneJob(ctx.db, job);
  const byPolicy = await sweepChangeCounts(ctx.db, id);
  const totals = { new: 0, changed: 0, ended: 0 };
  for (const r of byPolicy) totals[r.change as keyof typeof totals] += r.n;
  const filter = { change: q.change, policy: q.policy };
  const items = await sweepChangePage(ctx.db, id, filter, q.pageSize, (q.page - 1) * q.pageSize);
  return {
    sweepId: id,
    previousSweepId: previous?.id ?? null,
    totals,
    byPolicy,
    items: items.map((r) => ({ ...r, change: r.change as 'new', reason: r.reason ?? null })),
    total: await sweepChangeTotal(ctx.db, id, filter),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Why an entitlement ends, in Chinese for the exported sheet: `核验已撤回：工作单位；…`. */
function endReasonText(reason: SweepEndReason): string {
  return (['withdrawn', 'contradicted'] as const)
    .filter((k) => reason[k].length > 0)
    .map((k) => `${SWEEP_END_REASON_LABELS[k].zh}：${reason[k].map((f) => fieldLabel(f).zh).join('、')}`)
    .join('；');
}

/** exceljs, loaded on first use. */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** The per-person list of a sweep (with the filters) as an Excel workbook. */
export async function sweepWorkbook(ctx: AppContext, id: string, filter: SweepChangeFilter): Promise<{ fileName: string; data: Buffer }> {
  const job = await getSweep(ctx, id);
  const at = String(job.params.at);
  const pack = (await policyRegistryOf(ctx).packAt(at))?.pack;
  const titles = new Map((pack?.policies ?? []).map((p) => [p.id, (p.doc as unknown as { title: { zh: string } }).title.zh]));
  const rows = await sweepChangePage(ctx.db, id, filter, null, 0);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet('比对明细 Changes');
  ws.addRow([
    '人才编号 Talent ID',
    '姓名 Name',
    '政策 Policy',
    '政策编号 Policy ID',
    '变化 Change',
    '原金额(元) Old (yuan)',
    '新金额(元) New (yuan)',
    '原因 Reason',
  ]).font = {
    bold: true,
  };
  const yuan = (fen: number | null) => (fen === null ? null : Math.round(fen) / 100);
  for (const r of rows) {
    const change = SWEEP_CHANGE_LABELS[r.change as keyof typeof SWEEP_CHANGE_LABELS];
    ws.addRow([
      r.talentId,
      r.talentName,
      titles.get(r.policyId) ?? r.policyId,
      r.policyId,
      change?.zh ?? r.change,
      yuan(r.oldAmountFen),
      yuan(r.newAmountFen),
      r.reason ? endReasonText(r.reason) : null,
    ]);
  }
  ws.getColumn(6).numFmt = '#,##0.00';
  ws.getColumn(7).numFmt = '#,##0.00';
  ws.columns.forEach((c, i) => (c.width = [38, 12, 26, 30, 12, 16, 16, 40][i] ?? 12));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const info = wb.addWorksheet('说明 About');
  info.addRow(['比对日期 Sweep date', at]);
  info.addRow(['状态 State', SWEEP_STATUS_LABELS[job.status as SweepStatus]?.zh ?? job.status]);
  info.addRow(['行数 Rows', rows.length]);
  return { fileName: `sweep-${at}-${id.slice(0, 8)}.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()) };
}
