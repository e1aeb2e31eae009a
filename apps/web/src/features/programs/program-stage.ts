/** Where a program application stands for its applicant (我的申报). */
import type { FormalCheckStatus, ProgramStage } from '@bole/contracts';

/** The formal check first, then the experts' review: reviewed once every assigned expert has scored. */
export function programStageOf(a: { formalStatus: FormalCheckStatus; reviewers: number; scored: number }): ProgramStage {
  if (a.formalStatus === 'pending') return 'formal_check';
  if (a.formalStatus === 'returned') return 'returned';
  if (a.reviewers === 0) return 'awaiting_review';
  return a.scored >= a.reviewers ? 'reviewed' : 'under_review';
}
