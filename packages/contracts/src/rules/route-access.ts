/**
 * Who may call each role-restricted API operation, by its OpenAPI operation id: the one table the
 * server enforces (its access hook reads the rule from here) and the web reads to build its menu
 * and to show only the buttons the signed-in role may press. Routes open to anyone or to every
 * signed-in account declare `public` / `authenticated` themselves.
 */
import type { Role } from '../enums.js';

/** The roles allowed to call each operation. */
export const ROUTE_ACCESS = {
  // admin
  createStaffAccount: ['admin'],
  listAccounts: ['admin'],
  disableAccount: ['admin'],
  enableAccount: ['admin'],
  updateStaffAccount: ['admin'],
  unlockAccount: ['admin'],
  issueDepartmentToken: ['admin'],
  resetAccountPassword: ['admin'],
  // application
  listApplicablePolicies: ['talent'],
  createApplication: ['talent'],
  applyForArrivalBundle: ['talent'],
  listMyApplications: ['talent'],
  getApplication: ['talent'],
  resubmitApplication: ['talent'],
  appealApplication: ['talent'],
  listReviewQueue: ['reviewer', 'officer'],
  listOverdueApplications: ['officer', 'auditor'],
  listApplicationsInReview: ['officer', 'auditor'],
  escalateOverdueApplications: ['officer'],
  getReviewApplication: ['reviewer', 'officer', 'auditor'],
  decideApplication: ['reviewer', 'officer'],
  // approval
  listSecondApprovals: ['officer', 'reviewer', 'auditor'],
  getSecondApproval: ['officer', 'reviewer', 'auditor'],
  approveSecondApproval: ['officer', 'reviewer'],
  rejectSecondApproval: ['officer', 'reviewer'],
  withdrawSecondApproval: ['officer', 'reviewer'],
  // audit
  listAuditEntries: ['auditor', 'admin'],
  verifyAuditChain: ['auditor', 'admin'],
  listAuditCheckpoints: ['auditor', 'admin'],
  exportAuditEntries: ['auditor', 'admin'],
  // auth
  createToken: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  listTokens: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  revokeToken: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  // sweep
  startSweep: ['officer'],
  confirmSweep: ['officer'],
  listSweeps: ['officer', 'auditor'],
  getSweep: ['officer', 'auditor'],
  getSweepDiff: ['officer', 'auditor'],
  exportSweepDiff: ['officer', 'auditor'],
  // calendar
  listCalendarYears: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  getCalendarYear: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  exportCalendarYear: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  getCalendarTemplate: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'],
  importCalendar: ['admin'],
  // cockpit
  getCockpit: ['officer', 'auditor'],
  refreshCockpit: ['officer'],
  // data-exchange
  deliverDepartmentFacts: ['reviewer', 'officer'],
  importDepartmentFacts: ['reviewer', 'officer'],
  listDepartmentFactImports: ['reviewer', 'officer', 'auditor'],
  getDepartmentFactTemplate: ['reviewer', 'officer'],
  // employer
  getMyEmployer: ['employer'],
  updateMyEmployer: ['employer'],
  listEmployers: ['officer', 'auditor', 'admin'],
  // evidence
  uploadEvidence: ['talent', 'employer'],
  listEvidence: ['talent', 'employer'],
  // payment
  createPaymentBatch: ['officer'],
  listPaymentBatches: ['officer', 'auditor'],
  getPaymentBatch: ['officer', 'auditor'],
  approvePaymentBatch: ['officer'],
  listPaymentLines: ['officer', 'auditor'],
  exportPaymentBatch: ['officer', 'auditor'],
  importPaymentResults: ['officer'],
  listBudgets: ['officer', 'auditor'],
  proposeBudgetChange: ['officer'],
  getBudgetHistory: ['officer', 'auditor'],
  getMyBenefits: ['talent'],
  // calculator
  calculateBenefits: ['talent', 'officer'],
  // policy
  listPolicies: ['officer', 'reviewer', 'auditor', 'admin'],
  listPolicyVersions: ['officer', 'reviewer', 'auditor', 'admin'],
  getPolicyVersion: ['officer', 'reviewer', 'auditor', 'admin'],
  validatePolicySource: ['officer'],
  createPolicyVersion: ['officer'],
  runPolicyExamples: ['officer'],
  requestPolicyPublication: ['officer'],
  retirePolicyVersion: ['officer'],
  // simulate
  listPolicyParameters: ['officer', 'auditor', 'admin'],
  simulateReform: ['officer'],
  // recognition
  requestRecognition: ['talent', 'employer'],
  listMyRecognitions: ['talent', 'employer'],
  listEmployeeRecognitions: ['employer'],
  listRecognitionQueue: ['reviewer', 'officer', 'auditor'],
  getRecognitionSettings: ['officer', 'auditor'],
  updateRecognitionSettings: ['officer'],
  finalizeEndedNotices: ['officer'],
  attachRecognitionEvidence: ['talent', 'employer'],
  detachRecognitionEvidence: ['talent', 'employer'],
  submitRecognition: ['talent', 'employer'],
  withdrawRecognition: ['talent', 'employer'],
  decideRecognitionAsHr: ['reviewer'],
  decideRecognitionAsOffice: ['officer'],
  resolveRecognitionObjection: ['officer'],
  finalizeRecognition: ['officer'],
  // talent-code
  getMyTalentCode: ['talent'],
  createMySdJwt: ['talent'],
  revokeTalentCode: ['officer'],
  // talent
  getMyTalentProfile: ['talent'],
  getMyFacts: ['talent'],
  updateMyTalentProfile: ['talent'],
  getMyPayoutAccount: ['talent'],
  setMyPayoutAccount: ['talent'],
  deleteMyPayoutAccount: ['talent'],
  listTalents: ['officer', 'auditor', 'admin'],
  getTalent: ['talent', 'reviewer', 'officer', 'auditor', 'admin'],
  getTalentPersonalData: ['officer', 'admin'],
  listIdNumberDisputes: ['officer', 'auditor'],
  resolveIdNumberDispute: ['officer'],
  // workbench
  getReviewerWorkbench: ['reviewer'],
  getOfficerWorkbench: ['officer'],
  getConciergeWorkbench: ['concierge'],
  getAuditorWorkbench: ['auditor'],
  getAdminWorkbench: ['admin'],
  getEmployerWorkbench: ['employer'],
  // mutual recognition (资格互认)
  previewMutualRecognition: ['talent'],
  requestMutualRecognition: ['talent'],
  listMyMutualRecognitions: ['talent'],
  listMutualRecognitions: ['officer', 'auditor'],
  listRecognitionsUsedElsewhere: ['officer', 'auditor'],
  recheckMutualRecognitions: ['officer'],
  getMutualSettings: ['officer', 'auditor'],
  updateMutualSettings: ['officer'],
  // region: message log, facts requests, consents
  listRegionMessages: ['officer', 'auditor'],
  verifyRegionMessageLog: ['officer', 'auditor'],
  requestPartnerFacts: ['officer'],
  listMyConsents: ['talent'],
  giveConsent: ['talent'],
  revokeConsent: ['talent'],
} as const satisfies Record<string, readonly Role[]>;

/** An operation whose callers are limited to some roles. */
export type RestrictedOperation = keyof typeof ROUTE_ACCESS;

/** Whether a role may call an operation (false for a signed-out visitor). */
export function mayCall(role: Role | null | undefined, operation: RestrictedOperation): boolean {
  return role != null && (ROUTE_ACCESS[operation] as readonly Role[]).includes(role);
}

/** Whether an operation id has a rule in the table (the server looks routes up by it). */
export function isRestrictedOperation(operationId: string): operationId is RestrictedOperation {
  return Object.hasOwn(ROUTE_ACCESS, operationId);
}
