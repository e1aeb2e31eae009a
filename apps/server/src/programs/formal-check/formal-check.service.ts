/**
 * The office's formal check (形式审查) of program applications: pass, or return for completion
 * with the working-day clock paused until the applicant resubmits; and the duplicates across
 * programs the office is shown beside each application.
 */
import type { FormalCheckBody, ProgramResubmitBody } from '@bole/contracts';
import { FORMAL_CHECK_STATUS_LABELS } from '@bole/contracts';
import { businessDate } from '../../platform/clock.js';
import type { Db, Tx } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import type { Principal } from '../../http/access.js';
import { fail, forbidden, notFound } from '../../http/errors.js';
import { findEvidenceByIds } from '../../evidence/evidence.service.js';
import { invalid } from '../../http/errors.js';
import type { ApplicationWithCounts } from '../program.repository.js';
import { duplicateReason, formalDueOn, pauseClock, resumeClock } from './formal-check.rules.js';
import { lockApplicationWithProgram, otherApplicationsOf, updateApplication } from './formal-check.repository.js';

const APPLICATION = { en: 'The application', zh: '该申报' };

/**
 * 422 unless every attachment is a file in the applicant's own evidence. Reads through `conn`: inside a
 * transaction, pass the transaction (PGlite has one connection; a read on `ctx.db` there would wait forever).
 */
export async function assertApplicantEvidence(conn: Db | Tx, talentId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const own = new Set((await findEvidenceByIds(conn, [...ids])).filter((e) => e.talentId === talentId).map((e) => e.id));
  const bad = ids.findIndex((id) => !own.has(id));
  if (bad >= 0) throw invalid([{ field: `evidenceIds.${bad}`, message: "is not a file in the applicant's evidence" }]);
}

/** An application as shown: its formal-check due date, and the duplicates (for the office). */
export function presentApplication(ctx: AppContext, row: ApplicationWithCounts, duplicates: PresentedDuplicate[] = []) {
  return { ...row, formalDueOn: formalDueOn(row, ctx.calendar.current()), duplicates };
}

type PresentedDuplicate = { applicationId: string; programId: string; title: string; reason: 'similar_title' | 'open_call' };

/** The office's view of a program's applications: each with the same applicants' possible duplicates in other programs. */
export async function withDuplicates(ctx: AppContext, programId: string, rows: ApplicationWithCounts[]) {
  const today = businessDate(ctx.clock.now());
  const others = await otherApplicationsOf(ctx.db, programId, [...new Set(rows.map((r) => r.talentId))]);
  return rows.map((row) => {
    const duplicates = others.flatMap((o) => {
      const reason = o.talentId === row.talentId ? duplicateReason(row.title, o, today) : null;
      return reason ? [{ applicationId: o.id, programId: o.programId, title: o.title, reason }] : [];
    });
    return presentApplication(ctx, row, duplicates);
  });
}

function wrongState(status: keyof typeof FORMAL_CHECK_STATUS_LABELS, action: { zh: string; en: string }) {
  return fail('BOLE_FORMAL_CHECK_STATE', { status: FORMAL_CHECK_STATUS_LABELS[status], action }, [{ field: 'applicationId', message: `is ${status}` }]);
}

/** The office passes an application awaiting its formal check, or returns it for completion (the clock pauses). */
export async function formalCheck(ctx: AppContext, who: Principal, applicationId: string, body: FormalCheckBody): Promise<void> {
  const today = businessDate(ctx.clock.now());
  await ctx.db.transaction(async (tx) => {
    const found = await lockApplicationWithProgram(tx, applicationId);
    if (!found) throw notFound(APPLICATION);
    const a = found.application;
    if (a.formalStatus !== 'pending') throw wrongState(a.formalStatus, { zh: '进行形式审查', en: 'a formal check' });
    if (body.outcome === 'pass') await updateApplication(tx, a.id, { formalStatus: 'passed', returnNote: null });
    else await updateApplication(tx, a.id, { ...pauseClock(a, today), returnNote: body.note });
    await ctx.audit.record(tx, who, { action: `program.formal_${body.outcome}`, entity: 'program_application', entityId: a.id });
  });
}

/** The applicant (or the nominating employer) completes a returned application; the clock resumes. */
export async function resubmitApplication(ctx: AppContext, who: Principal, applicationId: string, body: ProgramResubmitBody): Promise<void> {
  const today = businessDate(ctx.clock.now());
  await ctx.db.transaction(async (tx) => {
    const found = await lockApplicationWithProgram(tx, applicationId);
    if (!found) throw notFound(APPLICATION);
    const a = found.application;
    const mine = who.role === 'talent' ? a.talentId === who.talentId && a.nominatedBy === null : a.nominatedBy !== null && a.nominatedBy === who.employerId;
    if (!mine) throw forbidden();
    if (a.formalStatus !== 'returned') throw wrongState(a.formalStatus, { zh: '补正后重新提交', en: 'a resubmission' });
    if (body.evidenceIds) await assertApplicantEvidence(tx, a.talentId, body.evidenceIds);
    await updateApplication(tx, a.id, { ...resumeClock(a, today, ctx.calendar.current()), ...body });
    await ctx.audit.record(tx, who, { action: 'program.resubmit', entity: 'program_application', entityId: a.id });
  });
}
