import { describe, expect, it } from 'vitest';
import { programStageOf } from './program-stage';

describe('an application’s stage for its applicant', () => {
  it('follows the formal check, then the experts’ sheets', () => {
    expect(programStageOf({ formalStatus: 'pending', reviewers: 0, scored: 0 })).toBe('formal_check');
    expect(programStageOf({ formalStatus: 'returned', reviewers: 0, scored: 0 })).toBe('returned');
    expect(programStageOf({ formalStatus: 'passed', reviewers: 0, scored: 0 })).toBe('awaiting_review');
    expect(programStageOf({ formalStatus: 'passed', reviewers: 3, scored: 2 })).toBe('under_review');
    expect(programStageOf({ formalStatus: 'passed', reviewers: 3, scored: 3 })).toBe('reviewed');
  });
});
