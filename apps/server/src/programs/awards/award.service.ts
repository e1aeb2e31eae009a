/**
 * The panel's decision (评审委员会决定) on a program's scored applications: awarded with an amount
 * and a reason, or not awarded with a reason. An award is money: it is recorded with a pending
 * second approval (ADR 0015) and counts against the program's budget at once; a second officer
 * confirms it through the approvals queue (or rejects it, and the decision is undone). The
 * ranking shows the scored applications in score order with their flags and decisions.
 */
import { AWARD_OUTCOME_LABELS, type AwardRecord, type PanelDecisionBody, type ProgramAwardChange, type ProgramRanking } from '@bole/contracts';
import type { Tx } from '../../db/database.js';
import type { Principal } from '../../http/access.js';
import { fail, notFound } from '../../http/errors.js';
import type { AppContext } from '../../platform/context.js';
import { proposeWithin, withdrawPendingWithin, type ApprovalActor, type ApprovalRow, type SecondApprovalHandler } from '../../approvals/approval.service.js';
import { maskContact } from '../../personal-data/personal-data.js';
import { listApplications } from '../program.repository.js';
import { getProgram } from '../program.service.js';
import { scoreSummary } from '../review.service.js';
import { lockApplicationWithProgram } from '../formal-check/formal-check.repository.js';
import { awardedFen } from './award.rules.js';
import { awardsOfProgram, lockProgramRow, saveAward } from './award.repository.js';

const APPLICATION = { en: 'The application', zh: '该申报' };
const yuan = (fen: number) => (fen / 100).toFixed(2);

/** 409 BOLE_AWARD_LIST_STATE with why, naming `field`. */
export function awardListState(why: { zh: string; en: string }, field = 'applicationId') {
  return fail('BOLE_AWARD_LIST_STATE', { why }, [{ field, message: why.en }]);
}

/** A decision as the office sees it (objectors' contacts masked). */
export function presentAward(ctx: AppContext, applicationId: string, a: AwardRecord) {
  return {
    applicationId,
    outcome: a.outcome,
    reason: a.reason,
    amountFen: a.amountFen,
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt,
    approvalId: a.approvalId,
    confirmed: a.outcome === 'not_awarded' || a.confirmedBy !== null,
    objections: a.objections.map((o) => ({
      id: o.id,
      name: o.name,
      contact: maskContact(ctx.cipher.decrypt(o.contactEnc)),
      reason: o.reason,
      filedAt: o.filedAt,
      status: o.status,
      resolution: o.resolution,
    })),
    milestones: a.milestones,
  };
}

/** The panel's ranking: scored applications by trimmed mean (z-scores beside), flags, decisions, the budget left. */
export async function programRanking(ctx: AppContext, programId: string): Promise<ProgramRanking> {
  const program = await getProgram(ctx, programId);
  const [sheet, awards] = await Promise.all([scoreSummary(ctx, programId), awardsOfProgram(ctx.db, programId)]);
  const byId = new Map(awards.map((a) => [a.id, a.award]));
  const budgetFen = program.funding?.budgetFen ?? 0;
  const awarded = awardedFen(awards.map((a) => a.award));
  return {
    programId,
    budgetFen,
    awardedFen: awarded,
    remainingFen: budgetFen - awarded,
    notice: program.awardNotice,
    lines: sheet.lines.map((l) => {
      const award = byId.get(l.applicationId) ?? null;
      return {
        applicationId: l.applicationId,
        title: l.title,
        rank: l.rank,
        trimmedMean: l.trimmedMean,
        meanZ: l.meanZ,
        sheets: l.sheets.length,
        disagreement: l.disagreement,
        decision: award ? presentAward(ctx, l.applicationId, award) : null,
      };
    }),
  };
}

/**
 * Records the panel's decision on a scored application. Refused with nothing written: an
 * application no expert has scored (409 BOLE_NOT_SCORED), an amount over what is left of the
 * program's budget (409 naming `amountFen`), a program whose award list is already in notice.
 * An award waits for a second officer; deciding again replaces the decision and its request.
 */
export async function decideAward(ctx: AppContext, who: Principal, applicationId: string, body: PanelDecisionBody) {
  const award = await ctx.db.transaction(async (tx) => {
    const found = await lockApplicationWithProgram(tx, applicationId);
    if (!found) throw notFound(APPLICATION);
    const program = (await lockProgramRow(tx, found.program.id))!;
    if (program.awardNotice) throw awardListState({ zh: '资助名单已公示，不能再更改决定。', en: 'The award list is already in public notice.' });
    const [counts] = await listApplications(tx, { ids: [applicationId] });
    if (!counts || counts.scored === 0) throw fail('BOLE_NOT_SCORED', {}, [{ field: 'applicationId', message: 'has no expert score yet' }]);
    const base = {
      reason: body.reason,
      decidedBy: who.userId,
      decidedAt: ctx.clock.now().toISOString(),
      confirmedBy: null,
      confirmedAt: null,
      objections: [],
      milestones: [],
    };
    let award: AwardRecord;
    if (body.outcome === 'awarded') {
      const others = (await awardsOfProgram(tx, program.id)).filter((a) => a.id !== applicationId).map((a) => a.award);
      const remaining = (program.funding?.budgetFen ?? 0) - awardedFen(others);
      if (body.amountFen > remaining) {
        throw fail('BOLE_PROGRAM_BUDGET_EXCEEDED', { amount: yuan(body.amountFen), remaining: yuan(remaining), program: program.name }, [
          { field: 'amountFen', message: `is more than the ${remaining} fen left of the program's budget` },
        ]);
      }
      const change: ProgramAwardChange = {
        applicationId,
        programId: program.id,
        programName: program.name,
        title: found.application.title,
        amountFen: body.amountFen,
        reason: body.reason,
      };
      const request = await proposeWithin(ctx, tx, who, {
        kind: 'program_award',
        subject: applicationId,
        scope: null,
        title: { zh: `${program.name.zh}：${found.application.title}`, en: `${program.name.en}: ${found.application.title}` },
        change: { ...change },
        reason: body.reason,
        supersede: true,
      });
      award = { ...base, outcome: 'awarded', amountFen: body.amountFen, approvalId: request.id };
    } else {
      await withdrawPendingWithin(ctx, tx, who, 'program_award', applicationId, 'the panel decided not to award');
      award = { ...base, outcome: 'not_awarded', amountFen: 0, approvalId: null };
    }
    await saveAward(tx, applicationId, award);
    await ctx.audit.record(tx, who, {
      action: 'program.decide',
      entity: 'program_application',
      entityId: applicationId,
      detail: { outcome: award.outcome, outcomeLabel: AWARD_OUTCOME_LABELS[award.outcome].en, amountFen: award.amountFen, approvalId: award.approvalId },
    });
    return award;
  });
  return presentAward(ctx, applicationId, award);
}

/** The locked application of a request, with its decision still the one the request is about (else null). */
async function awardOfRequest(tx: Tx, request: ApprovalRow) {
  const found = await lockApplicationWithProgram(tx, request.subject);
  const award = found?.application.award ?? null;
  return award && award.approvalId === request.id ? award : null;
}

/** Undoes a decision whose request was rejected or withdrawn: the panel decides again. */
async function undo(_ctx: AppContext, tx: Tx, request: ApprovalRow): Promise<void> {
  if (await awardOfRequest(tx, request)) await saveAward(tx, request.subject, null);
}

/** What a second officer's decision on a program award does (wired in platform/hooks.ts). */
export const programAwardHandler: SecondApprovalHandler = {
  async apply(ctx: AppContext, tx: Tx, request: ApprovalRow, checker: ApprovalActor) {
    const award = await awardOfRequest(tx, request);
    if (!award) throw awardListState({ zh: '该资助决定已被更改。', en: 'The panel changed this decision since.' });
    await saveAward(tx, request.subject, { ...award, confirmedBy: checker.userId, confirmedAt: ctx.clock.now().toISOString() });
    return { applicationId: request.subject, amountFen: award.amountFen };
  },
  onReject: (ctx, tx, request) => undo(ctx, tx, request),
  onWithdraw: (ctx, tx, request) => undo(ctx, tx, request),
};
