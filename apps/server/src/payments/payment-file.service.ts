/**
 * The batch file for the finance bureau: export (masked ID numbers, amounts in yuan, and the
 * payout account each line is paid into, its number in full — an audited read of personal data)
 * and re-import marking lines paid or failed — every row validated first, then all applied in one
 * transaction or none, each talent told of their line (paid, or failed with the bureau's reason).
 */
import type { ImportResult } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, type FieldError } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { maskIdNumber } from '../personal-data/personal-data.js';
import { notify } from '../notifications/notification.service.js';
import { buildBatchWorkbook, readBatchWorkbook, yuan } from './payment-excel.js';
import { exportLines, linesById, lockLedger, settleLines, touchBatch } from './payment.repository.js';
import { getBatch, policyFacts } from './payment.service.js';

type Actor = Pick<Principal, 'userId' | 'role'> | null;

/** Why the export reads account numbers in full (named in its audit entry). */
const EXPORT_PURPOSE = 'payment file for the finance bureau';

/**
 * The workbook of a batch's committed lines. It carries each talent's full account number, so
 * the read and its audit entries are one transaction: `payment.batch.export`, and
 * `personal_data.read` naming the field, how many accounts and talents were read and why — no
 * entry, no file. The numbers are decrypted only into the workbook, never into a log or a message.
 */
export async function exportBatch(ctx: AppContext, actor: Actor, batchId: string, ip: string | null = null): Promise<{ fileName: string; data: Buffer }> {
  const batch = await getBatch(ctx, batchId);
  if (!batch.approvedAt) throw fail('BOLE_BATCH_NOT_APPROVED', { period: batch.period });
  const facts = await policyFacts(ctx, `${batch.period}-01`);
  return ctx.db.transaction(async (tx) => {
    const rows = await exportLines(tx, batchId);
    const withAccount = rows.filter((r) => r.accountEnc !== null);
    const talents = new Set(withAccount.map((r) => r.talentId)).size;
    await ctx.audit.record(tx, actor, {
      action: 'payment.batch.export',
      entity: 'payment_batch',
      entityId: batchId,
      detail: {
        period: batch.period,
        lines: rows.length,
        idNumbers: 'masked',
        accountNumbers: 'full',
        preparedBy: batch.createdBy,
        approvedBy: batch.approvedBy,
      },
    });
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'personal_data.read',
        entity: 'payment_batch',
        entityId: batchId,
        detail: { fields: ['payoutAccountNumber'], accounts: withAccount.length, talents, purpose: EXPORT_PURPOSE, period: batch.period },
      },
      ip,
    );
    const data = await buildBatchWorkbook(
      batch.period,
      rows.map((r) => ({
        id: r.id,
        period: r.period,
        name: r.name,
        maskedId: r.idNumberEnc ? maskIdNumber(ctx.cipher.decrypt(r.idNumberEnc)) : '',
        policyId: r.policyId,
        policyTitle: facts.title.get(r.policyId)?.zh ?? r.policyId,
        department: facts.department.get(r.policyId) ?? '',
        amountFen: r.amountFen,
        status: r.status,
        failureReason: r.failureReason,
        bank: r.bank ?? '',
        holderName: r.holderName ?? '',
        accountNumber: r.accountEnc ? ctx.cipher.decrypt(r.accountEnc) : '',
      })),
    );
    return { fileName: `bole-payments-${batch.period}.xlsx`, data };
  });
}

/** Applies the bureau's file: 400 naming every bad row, and then nothing is changed. */
export async function importBatch(ctx: AppContext, actor: Actor, batchId: string, file: Buffer): Promise<ImportResult> {
  const batch = await getBatch(ctx, batchId);
  if (!batch.approvedAt) throw fail('BOLE_BATCH_NOT_APPROVED', { period: batch.period });
  const { rows, errors } = await readBatchWorkbook(file);
  if (errors.length === 0 && rows.length === 0) errors.push({ field: 'file', message: 'has no lines' });
  if (errors.length) throw invalid(errors, 'The payment file was not applied.');
  const facts = await policyFacts(ctx, `${batch.period}-01`);
  return ctx.db.transaction(async (tx) => {
    await lockLedger(tx);
    const lines = await linesById(
      tx,
      batchId,
      rows.map((r) => r.id),
    );
    const problems: FieldError[] = [];
    const updates: { id: string; status: 'paid' | 'failed'; reason: string | null }[] = [];
    let unchanged = 0;
    for (const r of rows) {
      const field = `row ${r.row}`;
      const line = lines.get(r.id);
      if (!line) {
        problems.push({ field, message: `line ${r.id} is not a line of the ${batch.period} batch` });
        continue;
      }
      if (line.amountFen !== r.amountFen) {
        problems.push({ field, message: `amount ${yuan(r.amountFen).toFixed(2)} differs from the line's ${yuan(line.amountFen).toFixed(2)} yuan` });
        continue;
      }
      if (line.status === 'queued' || line.status === 'awaiting_account') {
        const why = line.status === 'queued' ? 'is queued for budget' : "waits for the talent's payout account";
        problems.push({ field, message: `line ${r.id} ${why} and was not in the exported file` });
        continue;
      }
      if (r.status === null || r.status === line.status) {
        unchanged++;
        continue;
      }
      if (line.status !== 'approved') {
        problems.push({ field, message: `line ${r.id} is already ${line.status}; it cannot become ${r.status}` });
        continue;
      }
      if (r.status === 'failed' && !r.reason) {
        problems.push({ field, message: 'a failed payment needs a reason' });
        continue;
      }
      updates.push({ id: r.id, status: r.status, reason: r.status === 'failed' ? r.reason : null });
    }
    if (problems.length) throw invalid(problems, 'The payment file was not applied.');
    const now = ctx.clock.now().toISOString();
    await settleLines(tx, updates, now);
    if (updates.length) await touchBatch(tx, batchId, now);
    for (const u of updates) {
      const line = lines.get(u.id)!;
      const payload = {
        lineId: line.id,
        batchId,
        period: line.period,
        policyId: line.policyId,
        title: facts.title.get(line.policyId) ?? { zh: line.policyId, en: line.policyId },
        amountFen: line.amountFen,
      };
      await notify(
        ctx,
        tx,
        [{ talentId: line.talentId }],
        u.status === 'paid' ? { kind: 'payment.paid', payload } : { kind: 'payment.failed', payload: { ...payload, reason: u.reason ?? '' } },
      );
    }
    const paid = updates.filter((u) => u.status === 'paid').length;
    const failed = updates.length - paid;
    await ctx.audit.record(tx, actor, {
      action: 'payment.batch.import',
      entity: 'payment_batch',
      entityId: batchId,
      detail: { period: batch.period, rows: rows.length, paid, failed, unchanged },
    });
    return { rows: rows.length, paid, failed, unchanged };
  });
}
