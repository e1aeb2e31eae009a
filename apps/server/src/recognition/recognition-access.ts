/** Who among the staff may see what of a recognition, for other modules' access checks. */
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { evidenceInSubmittedCase, listRecognitionsOf } from './recognition.repository.js';

/** The department that reviews recognitions first (the city's `roles.recognitionReview`; 人社局 in the demo city). */
export const reviewDepartment = (ctx: AppContext) => ctx.city.roles.recognitionReview;

/** Whether a reviewer or officer may open an evidence file: a submitted case references it (reviewers: of 人社局). */
export async function staffMaySeeEvidence(ctx: AppContext, principal: Principal, evidenceId: string): Promise<boolean> {
  if (principal.role !== 'reviewer' && principal.role !== 'officer') return false;
  if (principal.role === 'reviewer' && principal.department !== reviewDepartment(ctx)) return false;
  return evidenceInSubmittedCase(ctx.db, evidenceId);
}

/** Whether a department reviews a recognition of the talent: 人社局 once a case has been submitted. */
export async function departmentReviewsRecognitionOf(ctx: AppContext, department: string, talentId: string): Promise<boolean> {
  if (department !== reviewDepartment(ctx)) return false;
  return (await listRecognitionsOf(ctx.db, talentId)).some((r) => r.status !== 'draft' && r.status !== 'withdrawn');
}
