/** Test helper: a program call as an officer opens it (k = 3, one 0–10 criterion), open all March 2026. */
import type { ProgramCreateBody } from '@bole/contracts';

/** A call coded `code`, closing on `closesOn`, with `over` laid on top. */
export function testCall(code: string, closesOn = '2026-03-31', over: Partial<ProgramCreateBody> = {}): ProgramCreateBody {
  return {
    code,
    name: { zh: `计划 ${code}`, en: `Program ${code}` },
    opensOn: '2026-03-01',
    closesOn,
    quotaPerNominator: 2,
    reviewPlan: {
      reviewersPerApplication: 3,
      maxLoad: 5,
      criteria: [{ id: 'innovation', name: { zh: '创新性', en: 'Innovation' }, weight: 100, min: 0, max: 10 }],
      scoringWorkingDays: 5,
      trimFrom: 5,
      disagreementAbove: 30,
    },
    ...over,
  };
}
