/** The officer's talent detail page: one read that gathers a talent's file, numbers masked. */
import { z } from 'zod';
import { application } from './application.schema.js';
import { auditEntry } from './audit.schema.js';
import { myBenefits } from './benefits.schema.js';
import { talentFacts } from './facts.schema.js';
import { notification } from './notification.schema.js';
import { recognition } from './recognition.schema.js';
import { talentProfile } from './talent.schema.js';

/** How many of the latest notifications and full-number reads the page shows. */
export const TALENT_DETAIL_RECENT = 50;

/**
 * GET /api/v1/talents/:id/detail: the profile (masked) with each fact's status and source, the
 * recognitions, applications, entitlements with their payments, the latest notifications sent
 * to the talent, and who read the full ID number and when (`personal_data.read` entries).
 */
export const talentDetail = z.object({
  profile: talentProfile,
  facts: talentFacts.shape.facts,
  recognitions: z.array(recognition),
  applications: z.array(application),
  benefits: myBenefits,
  notifications: z.array(notification),
  fullNumberReads: z.array(auditEntry),
});
export type TalentDetail = z.infer<typeof talentDetail>;
