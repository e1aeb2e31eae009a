/**
 * The escalation of overdue requests on a schedule: every server process runs `escalateOverdue`
 * every few minutes (BOLE_SERVICE_ESCALATION_MINUTES; 0 leaves it to `bole service-desk escalate`
 * from a timer). Runs never overlap in one process; several processes on one database escalate a
 * request once per level all the same, each request being locked while it is escalated.
 */
import type { ServiceEscalation } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { runEvery } from '../platform/every.js';
import { escalateOverdue } from './service-escalation.service.js';

/** What the schedule tells its owner: each run's result, or its failure. */
export interface EscalationReport {
  ran: (result: ServiceEscalation) => void;
  failed: (err: unknown) => void;
}

/**
 * Starts escalating every `everyMs` (the first run one interval after the start); returns a stop
 * function that clears the timer and waits for a run in progress to end.
 */
export function scheduleEscalation(ctx: AppContext, everyMs: number, report: EscalationReport): () => Promise<void> {
  return runEvery(everyMs, () => escalateOverdue(ctx).then(report.ran, report.failed));
}
