/** Names of the queues a workbench (工作台) shows. */
import type { WorkbenchQueue } from '../workbench.schema.js';
import type { Bilingual } from './bilingual.js';

/** What waits in each workbench queue. */
export const WORKBENCH_QUEUE_LABELS: Record<WorkbenchQueue, Bilingual> = {
  applicationReview: { zh: '待审核的待遇申请', en: 'Benefit applications to review' },
  recognitionHr: { zh: '待人社审核的人才认定', en: 'Recognitions awaiting HR review' },
  recognitionOffice: { zh: '待人才办审批的人才认定', en: 'Recognitions awaiting office approval' },
  noticesEnded: { zh: '公示期满待办结', en: 'Notices ended, ready to finalise' },
  openObjections: { zh: '待处理的公示异议', en: 'Open objections to notices' },
  secondApprovals: { zh: '等待第二人复核的事项', en: 'Changes waiting for a second approval' },
  overdueApplications: { zh: '超时未办的申请', en: 'Overdue applications' },
  paymentBatchesToApprove: { zh: '待复核的发放批次', en: 'Payment batches to approve' },
  sweepsToConfirm: { zh: '待确认的免申即享比对', en: 'Sweeps to confirm' },
  idDisputes: { zh: '待处理的身份证号冲突', en: 'ID number disputes to settle' },
  lockedAccounts: { zh: '登录已锁定的账号', en: 'Locked accounts' },
  disabledAccounts: { zh: '已停用的账号', en: 'Disabled accounts' },
  employeeRecognitions: { zh: '本单位办理中的人才认定', en: 'Your employees’ recognitions in progress' },
};
