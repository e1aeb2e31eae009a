/** Where each workbench queue and item is worked. */
import type { Role, WorkbenchItem, WorkbenchQueue } from '@bole/contracts';

/** The screen listing a queue. */
export const QUEUE_PATHS: Record<WorkbenchQueue, string> = {
  applicationReview: '/review/applications',
  recognitionHr: '/review/recognitions',
  recognitionOffice: '/office/recognitions',
  noticesEnded: '/office/recognitions',
  openObjections: '/office/recognitions',
  secondApprovals: '/approvals',
  overdueApplications: '/office/overdue',
  paymentBatchesToApprove: '/office/payments',
  sweepsToConfirm: '/office/sweeps',
  idDisputes: '/office/id-disputes',
  lockedAccounts: '/admin/users',
  disabledAccounts: '/admin/users',
  employeeRecognitions: '/employer-recognition',
};

/** The page of one urgent item (the queue's list where the role has no page for the case itself). */
export function itemPath(role: Role, item: WorkbenchItem): string {
  switch (item.queue) {
    case 'applicationReview':
      return `/review/applications/${item.id}`;
    case 'overdueApplications':
      return role === 'officer' ? `/review/applications/${item.id}` : QUEUE_PATHS.overdueApplications;
    case 'recognitionHr':
      return `/review/recognitions/${item.id}`;
    case 'recognitionOffice':
      return `/office/recognitions/${item.id}`;
    default:
      return QUEUE_PATHS[item.queue];
  }
}
