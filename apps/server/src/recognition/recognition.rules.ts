/**
 * The recognition state machine and its dates, as plain functions (no I/O, no clock):
 * which action may happen in which status, who holds a case, when the holder is due, how long
 * the public notice (公示) runs, until when a granted tier is valid, and which evidence a
 * case needs. The service asks these before writing anything; an illegal move is a 409.
 */
import type { EvidenceKind, RecognitionAction, RecognitionHolder, RecognitionStatus } from '@bole/contracts';
import { dates } from '@bole/engine';

/** Actions that move a case (or keep it, for objections) from each status. */
export const TRANSITIONS: Readonly<Record<RecognitionStatus, Partial<Record<RecognitionAction, RecognitionStatus>>>> = {
  draft: { submit: 'hr_review', withdraw: 'withdrawn' },
  hr_review: { hr_approve: 'office_review', hr_reject: 'rejected', hr_return: 'returned' },
  office_review: { office_approve: 'public_notice', office_reject: 'rejected', office_return: 'returned' },
  returned: { submit: 'hr_review', withdraw: 'withdrawn' },
  public_notice: {
    objection_filed: 'public_notice',
    objection_upheld: 'rejected',
    objection_dismissed: 'public_notice',
    finalize: 'granted',
    source_revoked: 'revoked',
  },
  granted: { source_revoked: 'revoked' },
  rejected: {},
  withdrawn: {},
  revoked: {},
};

/** Statuses a case never leaves (a mutual grant may still end: granted → revoked). */
export const TERMINAL: readonly RecognitionStatus[] = ['granted', 'rejected', 'withdrawn', 'revoked'];

/**
 * Whether a new request makes sense: no case is open (the server would refuse with 409) and
 * no granted tier is still valid on `today`. The talent's page and the employer's list both
 * show the request button by this answer; the browser does not decide it.
 */
export function mayRequest(latest: { status: RecognitionStatus } | null, grantedUntil: string | null, today: string): boolean {
  if (latest && !TERMINAL.includes(latest.status)) return false;
  return grantedUntil === null || grantedUntil < today;
}

/** The outcome of asking whether `action` may happen in `status`. */
export type TransitionResult = { ok: true; to: RecognitionStatus } | { ok: false; allowed: RecognitionAction[] };

/** The status after `action`, or the actions that are allowed instead. */
export function transition(status: RecognitionStatus, action: RecognitionAction): TransitionResult {
  const to = TRANSITIONS[status][action];
  if (to) return { ok: true, to };
  return { ok: false, allowed: Object.keys(TRANSITIONS[status]) as RecognitionAction[] };
}

/** Who must act next in a status (departments by the city's roles). During the notice an open objection puts the case with the office. */
export function holderOf(status: RecognitionStatus, roles: { recognitionReview: string; talentOffice: string }, openObjections = 0): RecognitionHolder {
  switch (status) {
    case 'draft':
    case 'returned':
      return 'applicant';
    case 'hr_review':
      return roles.recognitionReview;
    case 'office_review':
      return roles.talentOffice;
    case 'public_notice':
      return openObjections > 0 ? roles.talentOffice : 'public';
    default:
      return 'none';
  }
}

/** Service levels, in working days from the start of the stage. */
export const SLA_WORKING_DAYS = { hr_review: 10, office_review: 5, returned: 15, objection: 5 } as const;

/** Working-day arithmetic the rules need (calendar/working-days.ts provides it). */
export interface WorkingDays {
  addWorkingDays(date: string, n: number): string;
}

/** The date the holder is due to act, or null when nobody is (draft, closed). */
export function dueDateOf(
  c: { status: RecognitionStatus; stageSince: string; noticeEndsOn: string | null },
  cal: WorkingDays,
  openObjectionSince: string | null = null,
): string | null {
  switch (c.status) {
    case 'hr_review':
      return cal.addWorkingDays(c.stageSince, SLA_WORKING_DAYS.hr_review);
    case 'office_review':
      return cal.addWorkingDays(c.stageSince, SLA_WORKING_DAYS.office_review);
    case 'returned':
      return cal.addWorkingDays(c.stageSince, SLA_WORKING_DAYS.returned);
    case 'public_notice':
      return openObjectionSince ? cal.addWorkingDays(openObjectionSince, SLA_WORKING_DAYS.objection) : c.noticeEndsOn;
    default:
      return null;
  }
}

/**
 * The last day of a public notice that starts on `start` (the office's approval day) and runs
 * `workingDays` working days: the counting starts the day after `start`, so weekends and
 * holidays in between do not count and the notice always gives the public full working days.
 */
export function noticeEndsOn(start: string, workingDays: number, cal: WorkingDays): string {
  return cal.addWorkingDays(start, workingDays);
}

/** Whether the public may still object on `today` (the notice includes its last day). */
export function noticeIsOpen(c: { status: RecognitionStatus; noticeEndsOn: string | null }, today: string): boolean {
  return c.status === 'public_notice' && c.noticeEndsOn !== null && today <= c.noticeEndsOn;
}

/** Why a case cannot be finalized on `today`, or null when it can. */
export function finalizeBlocker(
  c: { status: RecognitionStatus; noticeEndsOn: string | null },
  today: string,
  openObjections: number,
): 'not_in_notice' | 'notice_running' | 'open_objections' | null {
  if (c.status !== 'public_notice' || c.noticeEndsOn === null) return 'not_in_notice';
  if (today <= c.noticeEndsOn) return 'notice_running';
  if (openObjections > 0) return 'open_objections';
  return null;
}

/**
 * Whether the grant sweep may run as of `at` on `today`: any past or present date, in every
 * mode. A future date would cut the public notice short; tests move the clock instead.
 */
export function sweepDateAllowed(at: string, today: string): boolean {
  return at <= today;
}

/** Last day of validity of a tier granted on `grantDate` for `years` years (2026-10-12, 3 → 2029-10-11). */
export function validUntilOf(grantDate: string, years: number): string {
  const day = dates.parseIsoDate(grantDate);
  if (day === null) throw new RangeError(`not a date: ${grantDate}`);
  return dates.formatIsoDate(dates.addYears(day, years) - 1);
}

/** What the applicant's profile claims, for choosing the evidence a case needs. */
export interface ClaimFacts {
  honors: readonly string[];
  highestDegree: string | null;
  title: string;
  skillLevel: string;
}

/**
 * The evidence a recognition needs: proof of each basis the profile claims (honour, degree,
 * title, skill), then employment and social insurance, which HR checks. (Identity is already
 * proven by the checked ID number on the profile.)
 */
export function requiredEvidence(f: ClaimFacts): EvidenceKind[] {
  const kinds: EvidenceKind[] = [];
  if (f.honors.length > 0) kinds.push('honor_proof');
  if (f.highestDegree === 'master' || f.highestDegree === 'doctorate' || f.highestDegree === 'bachelor') kinds.push('degree_certificate');
  if (f.title === 'associate_senior' || f.title === 'senior') kinds.push('title_certificate');
  if (f.skillLevel === 'level2' || f.skillLevel === 'level1') kinds.push('skill_certificate');
  kinds.push('employment_contract', 'social_insurance_record');
  return kinds;
}

/** Required kinds not covered by the attached evidence. */
export function missingEvidence(required: readonly EvidenceKind[], attached: readonly { kind: EvidenceKind }[]): EvidenceKind[] {
  const have = new Set(attached.map((e) => e.kind));
  return required.filter((k) => !have.has(k));
}
