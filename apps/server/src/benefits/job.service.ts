/**
 * The database-backed jobs (the `jobs` table: status, checkpoint, progress, one running per
 * kind) offered to other modules' long runs — the sweeps use them, and so does the cockpit's
 * refresh. Each run commits its step's writes and its checkpoint advance in one transaction.
 */
export { advanceJob, findJob, findRunningJob, finishJob, insertRunningJob, tryJobLock, type JobRow } from './job.repository.js';
