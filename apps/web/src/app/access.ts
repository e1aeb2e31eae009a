/**
 * Which role may open which screen, and the side navigation built from it. One table, so the
 * menu never links to a page the guard would refuse.
 */
import type { Role } from '@bole/contracts';

/** A screen of the signed-in app. */
export interface Screen {
  path: string;
  navKey:
    | 'home'
    | 'myProfile'
    | 'employerProfile'
    | 'employerRecognition'
    | 'talentList'
    | 'idDisputes'
    | 'adminUsers'
    | 'calculator'
    | 'policies'
    | 'whatIf'
    | 'recognition'
    | 'talentCode'
    | 'recognitionReview'
    | 'recognitionOffice'
    | 'apply'
    | 'myApplications'
    | 'applicationReview'
    | 'overdue'
    | 'approvals'
    | 'myBenefits'
    | 'sweeps'
    | 'paymentBatches'
    | 'budgets'
    | 'departmentData'
    | 'holidayCalendar'
    | 'programsOffice'
    | 'expertReviews';
  roles: readonly Role[];
}

/** All screens, in menu order. */
export const SCREENS = {
  home: { path: '/home', navKey: 'home', roles: ['reviewer', 'officer', 'concierge', 'auditor', 'admin'] },
  myProfile: { path: '/profile', navKey: 'myProfile', roles: ['talent'] },
  calculator: { path: '/calculator', navKey: 'calculator', roles: ['talent'] },
  recognition: { path: '/recognition', navKey: 'recognition', roles: ['talent'] },
  talentCode: { path: '/talent-code', navKey: 'talentCode', roles: ['talent'] },
  apply: { path: '/apply', navKey: 'apply', roles: ['talent'] },
  myApplications: { path: '/applications', navKey: 'myApplications', roles: ['talent'] },
  myBenefits: { path: '/benefits', navKey: 'myBenefits', roles: ['talent'] },
  applicationReview: { path: '/review/applications', navKey: 'applicationReview', roles: ['reviewer', 'officer'] },
  recognitionReview: { path: '/review/recognitions', navKey: 'recognitionReview', roles: ['reviewer'] },
  employerProfile: { path: '/employer', navKey: 'employerProfile', roles: ['employer'] },
  employerRecognition: { path: '/employer-recognition', navKey: 'employerRecognition', roles: ['employer'] },
  talentList: { path: '/talents', navKey: 'talentList', roles: ['officer', 'auditor', 'admin'] },
  idDisputes: { path: '/office/id-disputes', navKey: 'idDisputes', roles: ['officer', 'auditor'] },
  policies: { path: '/policies', navKey: 'policies', roles: ['officer', 'auditor'] },
  whatIf: { path: '/what-if', navKey: 'whatIf', roles: ['officer'] },
  recognitionOffice: { path: '/office/recognitions', navKey: 'recognitionOffice', roles: ['officer', 'auditor'] },
  overdue: { path: '/office/overdue', navKey: 'overdue', roles: ['officer', 'auditor'] },
  approvals: { path: '/approvals', navKey: 'approvals', roles: ['officer', 'reviewer'] },
  sweeps: { path: '/office/sweeps', navKey: 'sweeps', roles: ['officer', 'auditor'] },
  paymentBatches: { path: '/office/payments', navKey: 'paymentBatches', roles: ['officer', 'auditor'] },
  budgets: { path: '/office/budgets', navKey: 'budgets', roles: ['officer', 'auditor'] },
  departmentData: { path: '/office/department-data', navKey: 'departmentData', roles: ['officer', 'reviewer', 'auditor'] },
  programsOffice: { path: '/office/programs', navKey: 'programsOffice', roles: ['officer'] },
  expertReviews: { path: '/review/programs', navKey: 'expertReviews', roles: ['reviewer'] },
  adminUsers: { path: '/admin/users', navKey: 'adminUsers', roles: ['admin'] },
  holidayCalendar: { path: '/calendar', navKey: 'holidayCalendar', roles: ['admin', 'officer', 'auditor'] },
} as const satisfies Record<string, Screen>;

/** The screens a role may open, in menu order. */
export function screensFor(role: Role): Screen[] {
  return Object.values(SCREENS).filter((s) => (s.roles as readonly Role[]).includes(role));
}

/** Where a role lands after signing in. */
export function landingPath(role: Role): string {
  if (role === 'talent') return SCREENS.myProfile.path;
  if (role === 'employer') return SCREENS.employerProfile.path;
  if (role === 'officer') return SCREENS.talentList.path;
  return SCREENS.home.path;
}
