/**
 * Who reacts to what one module announces, and who answers what it asks, wired once here so
 * that the announcing module imports none of the modules that react: the calendar tells the
 * workflows that working days changed; evidence asks the workflows whether staff may see a file.
 * A new workflow with stored working-day dates or evidence of its own adds its function here.
 */
import type { CalendarChangeListener } from '../calendar/calendar-events.js';
import type { StaffEvidenceAccess } from '../evidence/evidence.service.js';
import { recomputeDueDatesOnCalendarChange } from '../applications/application-deadlines.js';
import { staffMaySeeApplicationEvidence } from '../applications/review.service.js';
import { extendNoticesOnCalendarChange } from '../recognition/recognition-deadlines.js';
import { staffMaySeeEvidence } from '../recognition/recognition.service.js';

/** The registered listeners and checkers. */
export interface ModuleHooks {
  /** Told, inside a calendar import's transaction, that working days changed. */
  calendarChanged: readonly CalendarChangeListener[];
  /** Asked whether a reviewer or officer may see an evidence file; any yes allows. */
  evidenceAccess: readonly StaffEvidenceAccess[];
}

/** The hooks of every business area. */
export function moduleHooks(): ModuleHooks {
  return {
    calendarChanged: [recomputeDueDatesOnCalendarChange, extendNoticesOnCalendarChange],
    evidenceAccess: [staffMaySeeEvidence, staffMaySeeApplicationEvidence],
  };
}
