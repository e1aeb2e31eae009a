/** Reads the jobs still under way (the metrics' job gauges); the jobs belong to `benefits`. */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { jobs } from '../benefits/entitlement.table.js';

/** The states of a job that is not over: being computed or written, or waiting for a second officer. */
export const ACTIVE_JOB_STATUSES = ['running', 'confirming', 'preview'] as const;

/** One job not over yet, with what the gauges need. */
export interface ActiveJob {
  kind: string;
  status: (typeof ACTIVE_JOB_STATUSES)[number];
  processed: number;
  total: number;
  createdAt: string;
  /** The last checkpoint (or the last change of status). */
  updatedAt: string;
}

/** The jobs running, being confirmed, or waiting for confirmation (a handful at most). */
export async function activeJobs(db: Db): Promise<ActiveJob[]> {
  const rows = await db
    .select({ kind: jobs.kind, status: jobs.status, processed: jobs.processed, total: jobs.total, createdAt: jobs.createdAt, updatedAt: jobs.updatedAt })
    .from(jobs)
    .where(inArray(jobs.status, [...ACTIVE_JOB_STATUSES]));
  return rows as ActiveJob[];
}
