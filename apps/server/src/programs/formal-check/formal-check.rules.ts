/**
 * The office's formal check (形式审查) as plain functions: its working-day clock, which a return
 * for completion pauses and a resubmission resumes (the paused working days extend the due date,
 * as for applications), and which other applications may be the same project.
 */
import type { DuplicateReason, FormalCheckStatus } from '@bole/contracts';
import type { WorkingDays } from '../../applications/application.rules.js';

/** Working days the office has for the formal check of an application, not counting paused days. */
export const FORMAL_CHECK_WORKING_DAYS = 10;

/** The formal-check clock of an application. */
export interface FormalClock {
  formalStatus: FormalCheckStatus;
  formalStartedOn: string;
  formalPausedWorkingDays: number;
  formalPausedSince: string | null;
}

/** When the formal check is due; null while the clock is paused (returned) or once passed. */
export function formalDueOn(c: FormalClock, cal: WorkingDays): string | null {
  if (c.formalStatus !== 'pending') return null;
  return cal.addWorkingDays(c.formalStartedOn, FORMAL_CHECK_WORKING_DAYS + c.formalPausedWorkingDays);
}

/** The clock after a return on `today`: paused from today. */
export function pauseClock(c: FormalClock, today: string): FormalClock {
  return { ...c, formalStatus: 'returned', formalPausedSince: today };
}

/** The clock after a resubmission on `today`: the working days it stood paused are added. */
export function resumeClock(c: FormalClock, today: string, cal: WorkingDays): FormalClock {
  const paused = c.formalPausedSince === null ? 0 : Math.max(0, cal.workingDaysBetween(c.formalPausedSince, today));
  return { ...c, formalStatus: 'pending', formalPausedWorkingDays: c.formalPausedWorkingDays + paused, formalPausedSince: null };
}

/** Character bigrams of a title, ignoring spaces and punctuation (works for Chinese and English). */
function bigrams(title: string): Set<string> {
  const s = title.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

/** Dice similarity of two titles' bigrams, 0 … 1. */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Titles at least this similar are flagged as possibly the same project. */
export const SIMILAR_TITLE_AT = 0.6;

/** Another application of the same applicant, with its call's dates. */
export interface OtherApplication {
  id: string;
  programId: string;
  title: string;
  closesOn: string;
}

/**
 * Why `other` may be the same project as an application titled `title` in another program:
 * a similar title, or (failing that) the other call is still open on `today`; null when neither.
 */
export function duplicateReason(title: string, other: OtherApplication, today: string): DuplicateReason | null {
  if (titleSimilarity(title, other.title) >= SIMILAR_TITLE_AT) return 'similar_title';
  if (other.closesOn >= today) return 'open_call';
  return null;
}
