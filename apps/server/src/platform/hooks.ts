/**
 * Who reacts to what one module announces, and who answers what it asks, wired once here so
 * that the announcing module imports none of the modules that react: the calendar tells the
 * workflows that working days changed; evidence asks the workflows whether staff may see a file;
 * a second approval asks its kind's module to apply the change it approved. A new workflow with
 * stored working-day dates, evidence or a kind of second approval of its own adds its function
 * here.
 */
import type { CalendarChangeListener } from '../calendar/calendar-events.js';
import type { StaffEvidenceAccess } from '../evidence/evidence.service.js';
import { recomputeDueDatesOnCalendarChange } from '../applications/application-deadlines.js';
import { staffMaySeeApplicationEvidence } from '../applications/review.service.js';
import { extendNoticesOnCalendarChange } from '../recognition/recognition-deadlines.js';
import { staffMaySeeEvidence } from '../recognition/recognition-access.js';
import { staffMaySeeServiceEvidence } from '../service-desk/service-request.service.js';
import type { SecondApprovalHandlers } from '../approvals/approval.service.js';
import { budgetChangeHandler } from '../payments/budget-change.service.js';
import { policyPublicationHandler } from '../policies/policy-publish.service.js';
import { largeApprovalHandler } from '../applications/second-approval.service.js';
import { programAwardHandler } from '../programs/awards/award.service.js';

/** The registered listeners and checkers. */
export interface ModuleHooks {
  /** Told, inside a calendar import's transaction, that working days changed. */
  calendarChanged: readonly CalendarChangeListener[];
  /** Asked whether a reviewer, officer or concierge may see an evidence file; any yes allows. */
  evidenceAccess: readonly StaffEvidenceAccess[];
  /** What applies each kind of second approval once a second person approves it (approvals/). */
  secondApprovals: SecondApprovalHandlers;
}

/** The hooks of every business area. */
export function moduleHooks(): ModuleHooks {
  return {
    calendarChanged: [recomputeDueDatesOnCalendarChange, extendNoticesOnCalendarChange],
    evidenceAccess: [staffMaySeeEvidence, staffMaySeeApplicationEvidence, staffMaySeeServiceEvidence],
    secondApprovals: {
      budget: budgetChangeHandler,
      policy_publish: policyPublicationHandler,
      application: largeApprovalHandler,
      program_award: programAwardHandler,
    },
  };
}
