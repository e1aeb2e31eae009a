/**
 * The application state machine and its dates, as plain functions (no I/O, no clock):
 * what each action does to an application's position (status, stage, holder, SLA deadline),
 * how a return pauses the SLA clock and a resubmission extends the deadline by the paused
 * working days, when an item is overdue, which final approvals need a second person, and which
 * evidence kind proves a requirement.
 * The service asks these before writing anything; an illegal move is a 409.
 */
import { EVIDENCE_KIND_LABELS, type ApplicationAction, type ApplicationStatus, type Department, type EvidenceKind } from '@bole/contracts';

/** Working days the talent office has for an appeal. */
export const APPEAL_SLA_WORKING_DAYS = 10;

/** The appeal review of the city's talent office (its department code is the city's data: `roles.talentOffice`). */
export function appealStageOf(talentOffice: Department): Stage {
  return { department: talentOffice, slaWorkingDays: APPEAL_SLA_WORKING_DAYS };
}

/** Working-day arithmetic the rules need (calendar/working-days.ts provides it). */
export interface WorkingDays {
  addWorkingDays(date: string, n: number): string;
  workingDaysBetween(a: string, b: string): number;
}

/** A review stage. */
export interface Stage {
  department: Department;
  slaWorkingDays: number;
}

/** Where an application is: everything a move reads and writes. */
export interface Position {
  status: ApplicationStatus;
  stages: readonly Stage[];
  stageIndex: number;
  onAppeal: boolean;
  appealed: boolean;
  rejectedStage: number | null;
  department: Department | null;
  stageStartedOn: string;
  pausedWorkingDays: number;
  pausedSince: string | null;
  dueDate: string | null;
  /** Escalation is per stage: cleared when the stage changes. */
  escalated: boolean;
  /** Where an appeal goes (the city's talent office); not stored, given by the city. */
  appealStage: Stage;
}

/** Why a move is refused. */
export type MoveRefusal = 'not_in_review' | 'not_returned' | 'not_rejected' | 'already_appealed' | 'paused';

/** The result of a move: the new position and what happened, or why not. */
export type MoveResult = { ok: true; to: Position; final: boolean } | { ok: false; why: MoveRefusal };

/** The stage an application is in (the appeal stage when on appeal). */
export function currentStage(p: Pick<Position, 'stages' | 'stageIndex' | 'onAppeal' | 'appealStage'>): Stage {
  return p.onAppeal ? p.appealStage : p.stages[p.stageIndex]!;
}

/** The SLA deadline of a stage begun on `startedOn`, extended by `pausedWorkingDays`. */
export function dueDateOf(startedOn: string, stage: Stage, pausedWorkingDays: number, cal: WorkingDays): string {
  return cal.addWorkingDays(startedOn, stage.slaWorkingDays + pausedWorkingDays);
}

/** The position of a new application submitted on `today` (first stage); appeals go to `appealStage`. */
export function submitted(stages: readonly Stage[], today: string, cal: WorkingDays, appealStage: Stage): Position {
  if (stages.length === 0) throw new RangeError('an application needs at least one review stage');
  return enterStage({ stages, stageIndex: 0, onAppeal: false, appealed: false, rejectedStage: null, appealStage }, today, cal);
}

function enterStage(
  p: Pick<Position, 'stages' | 'stageIndex' | 'onAppeal' | 'appealed' | 'rejectedStage' | 'appealStage'>,
  today: string,
  cal: WorkingDays,
): Position {
  const stage = currentStage(p);
  return {
    ...p,
    status: 'in_review',
    department: stage.department,
    stageStartedOn: today,
    pausedWorkingDays: 0,
    pausedSince: null,
    dueDate: dueDateOf(today, stage, 0, cal),
    escalated: false,
  };
}

/** Approve: on to the next stage, or final approval after the last (an upheld appeal resumes after the stage that rejected). */
export function approve(p: Position, today: string, cal: WorkingDays): MoveResult {
  if (p.status === 'returned') return { ok: false, why: 'paused' };
  if (p.status !== 'in_review') return { ok: false, why: 'not_in_review' };
  const next = p.onAppeal ? (p.rejectedStage ?? p.stageIndex) + 1 : p.stageIndex + 1;
  if (next >= p.stages.length) {
    return {
      ok: true,
      final: true,
      to: {
        ...p,
        status: 'approved',
        onAppeal: false,
        stageIndex: Math.min(next, p.stages.length - 1),
        department: null,
        dueDate: null,
        pausedSince: null,
        escalated: false,
      },
    };
  }
  return { ok: true, final: false, to: enterStage({ ...p, stageIndex: next, onAppeal: false }, today, cal) };
}

/** Reject: closed (appealable once). */
export function reject(p: Position): MoveResult {
  if (p.status === 'returned') return { ok: false, why: 'paused' };
  if (p.status !== 'in_review') return { ok: false, why: 'not_in_review' };
  return {
    ok: true,
    final: true,
    to: {
      ...p,
      status: 'rejected',
      rejectedStage: p.onAppeal ? p.rejectedStage : p.stageIndex,
      onAppeal: false,
      department: null,
      dueDate: null,
      escalated: false,
    },
  };
}

/** Return for more evidence: the SLA clock of the stage stops on `today`. */
export function returnForEvidence(p: Position, today: string): MoveResult {
  if (p.status === 'returned') return { ok: false, why: 'paused' };
  if (p.status !== 'in_review') return { ok: false, why: 'not_in_review' };
  return { ok: true, final: false, to: { ...p, status: 'returned', department: null, pausedSince: today, dueDate: null } };
}

/**
 * Resubmit after a return: back to the same stage; the working days between the return and
 * today are added to the stage's paused days and its deadline moves by as many.
 */
export function resubmit(p: Position, today: string, cal: WorkingDays): MoveResult {
  if (p.status !== 'returned' || p.pausedSince === null) return { ok: false, why: 'not_returned' };
  const paused = p.pausedWorkingDays + Math.max(0, cal.workingDaysBetween(p.pausedSince, today));
  const stage = currentStage(p);
  return {
    ok: true,
    final: false,
    to: {
      ...p,
      status: 'in_review',
      department: stage.department,
      pausedWorkingDays: paused,
      pausedSince: null,
      dueDate: dueDateOf(p.stageStartedOn, stage, paused, cal),
    },
  };
}

/** Appeal a rejection, once: to the talent office's appeal stage. */
export function appeal(p: Position, today: string, cal: WorkingDays): MoveResult {
  if (p.status !== 'rejected') return { ok: false, why: 'not_rejected' };
  if (p.appealed) return { ok: false, why: 'already_appealed' };
  return { ok: true, final: false, to: enterStage({ ...p, onAppeal: true, appealed: true }, today, cal) };
}

/**
 * Actions that move an application between stages or states (the rest are recorded: by the
 * system, or a first approval that waits for a second person).
 */
export type MoveAction = Exclude<ApplicationAction, 'submit' | 'escalate' | 'due_date_moved' | 'first_approval' | 'first_approval_withdrawn'>;

/**
 * Whether approving would close the application as approved (the last stage, or an upheld
 * appeal after it) rather than pass it on to the next stage.
 */
export function isFinalApproval(p: Position, today: string, cal: WorkingDays): boolean {
  const r = approve(p, today, cal);
  return r.ok && r.final;
}

/**
 * Whether the final approval needs a second person of the department (four eyes on money, ADR
 * 0015): the application's value — amountFen × months for a monthly benefit, amountFen for a
 * one-off, as the engine values it and the application keeps it (`valueFen`) — is above
 * `aboveFen`. At the threshold itself one approval is enough.
 */
export function needsSecondApproval(valueFen: number, aboveFen: number): boolean {
  return valueFen > aboveFen;
}

/** Applies a reviewer decision or applicant action by name. */
export function applyAction(p: Position, action: MoveAction, today: string, cal: WorkingDays): MoveResult {
  switch (action) {
    case 'approve':
      return approve(p, today, cal);
    case 'reject':
      return reject(p);
    case 'return':
      return returnForEvidence(p, today);
    case 'resubmit':
      return resubmit(p, today, cal);
    case 'appeal':
      return appeal(p, today, cal);
  }
}

/** Overdue on `today`: in review and past its deadline (the deadline day itself is still in time). */
export function isOverdue(p: { status: ApplicationStatus; dueDate: string | null }, today: string): boolean {
  return p.status === 'in_review' && p.dueDate !== null && p.dueDate < today;
}

/** Whether the escalation job should escalate it on `today` (overdue and not yet escalated in this stage). */
export function needsEscalation(p: { status: ApplicationStatus; dueDate: string | null; escalated: boolean }, today: string): boolean {
  return isOverdue(p, today) && !p.escalated;
}

/**
 * A policy's evidence requirement as the application keeps it: the kinds that prove it (any one
 * will do), the first as the kind a new upload gets, and its name from the evidence-kind labels.
 */
export function requirementOf(kinds: readonly EvidenceKind[]): { zh: string; en: string; kind: EvidenceKind; kinds: EvidenceKind[] } {
  const labels = kinds.map((k) => EVIDENCE_KIND_LABELS[k]);
  return { zh: labels.map((l) => l.zh).join('或'), en: labels.map((l) => l.en).join(' or '), kind: kinds[0]!, kinds: [...kinds] };
}

/** The kinds that prove a stored requirement (snapshots from before kinds had only `kind`, if any). */
export function kindsOf(r: { kind: string | null; kinds?: readonly string[] }): string[] {
  return r.kinds ? [...r.kinds] : r.kind ? [r.kind] : [];
}
