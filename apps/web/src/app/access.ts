/**
 * Which role may open which screen, and the side navigation built from it. Each screen names the
 * API operation that loads it: its roles are that operation's in `ROUTE_ACCESS` (the table the
 * server enforces), narrowed for screens meant for one role, so the menu never links to a page
 * the server would refuse.
 */
import { HOUSING_PROJECT_KIND_LABELS, mayCall, ROUTE_ACCESS, WORKBENCH_OPERATIONS, type Bilingual, type RestrictedOperation, type Role } from '@bole/contracts';

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
    | 'myConsents'
    | 'mutualRecognition'
    | 'mutualRecognitionOffice'
    | 'regionExchange'
    | 'recognitionReview'
    | 'recognitionOffice'
    | 'apply'
    | 'myApplications'
    | 'applicationReview'
    | 'overdue'
    | 'inReview'
    | 'approvals'
    | 'myBenefits'
    | 'sweeps'
    | 'paymentBatches'
    | 'budgets'
    | 'departmentData'
    | 'holidayCalendar'
    | 'auditLog'
    | 'cockpit'
    | 'mySkills'
    | 'opportunities'
    | 'postings'
    | 'skillTaxonomy'
    | 'chainView'
    | 'shortageOffice'
    | 'housing'
    | 'housingOffice'
    | 'myServices'
    | 'serviceQueue'
    | 'youthStations'
    | 'youthOccupancy'
    | 'youthDesk'
    | 'employerPeople'
    | 'engagements'
    | 'myEmployment'
    | 'employerReviews'
    | 'employerSurveys'
    | 'officeSurveys'
    | 'demandRecords'
    | 'programs'
    | 'nominations'
    | 'programsOffice'
    | 'expertReviews'
    | 'events'
    | 'myTickets'
    | 'eventsOffice'
    | 'eventDoor';
  roles: readonly Role[];
  /** The menu's name when it is a domain word of `@bole/contracts` (else the screen text `nav.<navKey>`). */
  navLabel?: Bilingual;
}

/** The roles that may call `operation`, narrowed to `only` when the screen is meant for fewer. */
function rolesOf(operation: RestrictedOperation, only?: readonly Role[]): readonly Role[] {
  const allowed: readonly Role[] = ROUTE_ACCESS[operation];
  return only ? allowed.filter((r) => only.includes(r)) : allowed;
}

/**
 * The roles of a screen whose loading operation is open to every signed-in account (the service
 * decides, e.g. an expert's assigned reviews), narrowed to the roles the screen is meant for.
 */
function signedIn(only: readonly Role[]): readonly Role[] {
  return only;
}

/** The roles with a workbench (工作台): those that may call their role's workbench operation. */
const WORKBENCH_ROLES: readonly Role[] = Object.entries(WORKBENCH_OPERATIONS)
  .filter(([role, operation]) => mayCall(role as Role, operation))
  .map(([role]) => role as Role);

/** All screens, in menu order. */
export const SCREENS = {
  home: { path: '/home', navKey: 'home', roles: WORKBENCH_ROLES },
  myProfile: { path: '/profile', navKey: 'myProfile', roles: rolesOf('getMyTalentProfile') },
  myEmployment: { path: '/my-employment', navKey: 'myEmployment', roles: rolesOf('listMyEmployments') },
  calculator: { path: '/calculator', navKey: 'calculator', roles: rolesOf('calculateBenefits', ['talent']) },
  recognition: { path: '/recognition', navKey: 'recognition', roles: rolesOf('listMyRecognitions', ['talent']) },
  talentCode: { path: '/talent-code', navKey: 'talentCode', roles: rolesOf('getMyTalentCode') },
  myConsents: { path: '/me/consents', navKey: 'myConsents', roles: rolesOf('listMyConsents') },
  mutualRecognition: { path: '/me/mutual-recognition', navKey: 'mutualRecognition', roles: rolesOf('listMyMutualRecognitions') },
  apply: { path: '/apply', navKey: 'apply', roles: rolesOf('createApplication') },
  myApplications: { path: '/applications', navKey: 'myApplications', roles: rolesOf('listMyApplications') },
  myBenefits: { path: '/benefits', navKey: 'myBenefits', roles: rolesOf('getMyBenefits') },
  myServices: { path: '/services', navKey: 'myServices', roles: rolesOf('myServiceCases') },
  events: { path: '/events', navKey: 'events', roles: rolesOf('listEvents', ['talent']) },
  myTickets: { path: '/events/mine', navKey: 'myTickets', roles: rolesOf('listMyEventRegistrations') },
  programs: { path: '/programs', navKey: 'programs', roles: rolesOf('myProgramEligibility') },
  youthStations: { path: '/youth-stations', navKey: 'youthStations', roles: rolesOf('myYouthStays') },
  youthOccupancy: { path: '/office/youth-stations', navKey: 'youthOccupancy', roles: rolesOf('youthStationOccupancy') },
  youthDesk: { path: '/desk/youth-station', navKey: 'youthDesk', roles: rolesOf('youthStationTonight') },
  serviceQueue: { path: '/service-desk', navKey: 'serviceQueue', roles: rolesOf('listServiceRequests') },
  housing: {
    path: '/housing',
    navKey: 'housing',
    navLabel: HOUSING_PROJECT_KIND_LABELS.talent_apartment,
    roles: rolesOf('listMyHousingApplications'),
  },
  mySkills: { path: '/skills', navKey: 'mySkills', roles: rolesOf('getMySkills') },
  opportunities: { path: '/opportunities', navKey: 'opportunities', roles: rolesOf('listMyOpportunities') },
  applicationReview: { path: '/review/applications', navKey: 'applicationReview', roles: rolesOf('listReviewQueue') },
  recognitionReview: { path: '/review/recognitions', navKey: 'recognitionReview', roles: rolesOf('decideRecognitionAsHr') },
  employerProfile: { path: '/employer', navKey: 'employerProfile', roles: rolesOf('getMyEmployer') },
  employerPeople: { path: '/employer/people', navKey: 'employerPeople', roles: rolesOf('listHrUsers') },
  engagements: { path: '/employer/engagements', navKey: 'engagements', roles: rolesOf('listEngagements', ['employer']) },
  employerSurveys: { path: '/employer/surveys', navKey: 'employerSurveys', roles: rolesOf('listMySurveys') },
  nominations: { path: '/employer/nominations', navKey: 'nominations', roles: rolesOf('applyToProgram', ['employer']) },
  employerRecognition: { path: '/employer-recognition', navKey: 'employerRecognition', roles: rolesOf('listEmployeeRecognitions') },
  postings: { path: '/postings', navKey: 'postings', roles: rolesOf('listMyPostings') },
  talentList: { path: '/talents', navKey: 'talentList', roles: rolesOf('listTalents') },
  employerReviews: { path: '/office/employers', navKey: 'employerReviews', roles: rolesOf('listEmployerReviews', ['officer', 'auditor']) },
  officeSurveys: { path: '/office/surveys', navKey: 'officeSurveys', roles: rolesOf('listSurveys') },
  demandRecords: { path: '/office/demand', navKey: 'demandRecords', roles: rolesOf('listDemandRecords') },
  idDisputes: { path: '/office/id-disputes', navKey: 'idDisputes', roles: rolesOf('listIdNumberDisputes') },
  policies: { path: '/policies', navKey: 'policies', roles: rolesOf('listPolicies', ['officer', 'auditor']) },
  whatIf: { path: '/what-if', navKey: 'whatIf', roles: rolesOf('simulateReform') },
  recognitionOffice: { path: '/office/recognitions', navKey: 'recognitionOffice', roles: rolesOf('getRecognitionSettings') },
  mutualRecognitionOffice: { path: '/office/mutual-recognitions', navKey: 'mutualRecognitionOffice', roles: rolesOf('listMutualRecognitions') },
  regionExchange: { path: '/office/region-exchange', navKey: 'regionExchange', roles: rolesOf('listRegionMessages') },
  overdue: { path: '/office/overdue', navKey: 'overdue', roles: rolesOf('listOverdueApplications') },
  inReview: { path: '/office/in-review', navKey: 'inReview', roles: rolesOf('listApplicationsInReview') },
  approvals: { path: '/approvals', navKey: 'approvals', roles: rolesOf('approveSecondApproval') },
  sweeps: { path: '/office/sweeps', navKey: 'sweeps', roles: rolesOf('listSweeps') },
  paymentBatches: { path: '/office/payments', navKey: 'paymentBatches', roles: rolesOf('listPaymentBatches') },
  budgets: { path: '/office/budgets', navKey: 'budgets', roles: rolesOf('listBudgets') },
  housingOffice: { path: '/office/housing', navKey: 'housingOffice', roles: rolesOf('getHousingStock') },
  departmentData: { path: '/office/department-data', navKey: 'departmentData', roles: rolesOf('listDepartmentFactImports') },
  eventsOffice: { path: '/office/events', navKey: 'eventsOffice', roles: rolesOf('listEventRegistrations') },
  eventDoor: { path: '/desk/events', navKey: 'eventDoor', roles: rolesOf('checkInEventTickets') },
  programsOffice: { path: '/office/programs', navKey: 'programsOffice', roles: rolesOf('createProgram') },
  expertReviews: { path: '/review/programs', navKey: 'expertReviews', roles: signedIn(['reviewer']) },
  adminUsers: { path: '/admin/users', navKey: 'adminUsers', roles: rolesOf('listAccounts') },
  auditLog: { path: '/audit', navKey: 'auditLog', roles: rolesOf('listAuditEntries') },
  cockpit: { path: '/office/cockpit', navKey: 'cockpit', roles: rolesOf('getCockpit') },
  holidayCalendar: { path: '/calendar', navKey: 'holidayCalendar', roles: rolesOf('listCalendarYears', ['admin', 'officer', 'auditor']) },
  skillTaxonomy: { path: '/office/skills', navKey: 'skillTaxonomy', roles: rolesOf('exportSkillTaxonomy') },
  chainView: { path: '/office/chains', navKey: 'chainView', roles: rolesOf('getChainView') },
  shortageOffice: { path: '/office/shortage', navKey: 'shortageOffice', roles: rolesOf('publishShortageCatalogue') },
} as const satisfies Record<string, Screen>;

/** The screens a role may open, in menu order. */
export function screensFor(role: Role): Screen[] {
  return Object.values(SCREENS).filter((s) => (s.roles as readonly Role[]).includes(role));
}

/** Where a role lands after signing in. */
export function landingPath(role: Role): string {
  if (role === 'talent') return SCREENS.myProfile.path;
  return SCREENS.home.path;
}

/**
 * The menu item of the page at `pathname`: the screen whose path is the longest one the address
 * is or lies under (on `/employer/people`, 单位人员 — not 单位信息 at `/employer`).
 */
export function menuScreenOf(screens: readonly Screen[], pathname: string): Screen | undefined {
  return screens
    .filter((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))
    .reduce<Screen | undefined>((best, s) => (best && best.path.length >= s.path.length ? best : s), undefined);
}
