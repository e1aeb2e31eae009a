/** Whether the signed-in talent may apply to a call today: what the 项目申报 screen shows before the form. */
import type { MyProgramEligibility } from '@bole/contracts';
import { businessDate } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Principal } from '../../http/access.js';
import { forbidden } from '../../http/errors.js';
import { getProgram } from '../program.service.js';
import { callEligibility } from './call-eligibility.js';

const OPEN_TO_ALL = { eligible: true, unmet: [] };

/**
 * The call's eligibility for the signed-in talent on verified facts today, and for a
 * basic-research project when the call has a policy for those (else `basicResearch` is null).
 */
export async function myProgramEligibility(ctx: AppContext, who: Principal, programId: string): Promise<MyProgramEligibility> {
  if (!who.talentId) throw forbidden();
  const program = await getProgram(ctx, programId);
  if (!program.eligibility) return { ...OPEN_TO_ALL, basicResearch: null };
  const today = businessDate(ctx.clock.now());
  const plain = await callEligibility(ctx, program.eligibility, who.talentId, false, today);
  const basic = program.eligibility.basicResearchPolicy ? await callEligibility(ctx, program.eligibility, who.talentId, true, today) : null;
  return { ...plain, basicResearch: basic };
}
