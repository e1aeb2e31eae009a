import { z } from 'zod';
import { recognition } from './recognition.schema.js';
import { talentFact } from './facts.schema.js';
import { conditionOutcome } from './calculator.schema.js';

/**
 * GET /api/v1/recognitions/:id: the case; for staff (reviewer, officer, auditor) also what the
 * decision rests on — the talent's facts, each with its status now, and the engine's
 * classification trace (row by row, up to the tier it proposes) from the stored profile at the
 * request date. Kept apart from `recognition.schema.ts`, which `facts.schema.ts` imports.
 */
export const recognitionDetail = recognition.extend({
  /** The talent's facts now: declared, verified or contradicted (staff only). */
  facts: z.array(talentFact).optional(),
  /** The classification rows the engine tried at the request date; empty when the profile cannot be classified now (staff only). */
  trace: z.array(conditionOutcome).optional(),
});
export type RecognitionDetail = z.infer<typeof recognitionDetail>;
