import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { mayCall, ROUTE_ACCESS, type Me } from '@bole/contracts';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterEmployerPage } from '../features/auth/RegisterEmployerPage';
import { RegisterTalentPage } from '../features/auth/RegisterTalentPage';
import { RecoverPage } from '../features/auth/RecoverPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { HomePage } from '../features/home/HomePage';
import { LoadingBlock } from '../shared/ui/LoadingBlock';
import { AccessProvider } from '../shared/access/may-call';
import { StatusPage } from '../shared/ui/StatusPageLazy';
import { landingPath, SCREENS } from './access';
import { PublicOnly, RequireAuth, RoleGate } from './guards';
import { AppLayout } from './layout/AppLayout';

// Each role opens only a few screens: load them on demand.
const TalentProfilePage = lazy(() => import('../features/talent-profile/TalentProfilePage').then((m) => ({ default: m.TalentProfilePage })));
const EmployerProfilePage = lazy(() => import('../features/employer-profile/EmployerProfilePage').then((m) => ({ default: m.EmployerProfilePage })));
const TalentListPage = lazy(() => import('../features/talent-list/TalentListPage').then((m) => ({ default: m.TalentListPage })));
const TalentDetailPage = lazy(() => import('../features/talent-list/TalentDetailPage').then((m) => ({ default: m.TalentDetailPage })));
const IdDisputesPage = lazy(() => import('../features/talent-list/IdDisputesPage').then((m) => ({ default: m.IdDisputesPage })));
const AdminUsersPage = lazy(() => import('../features/admin-users/AdminUsersPage').then((m) => ({ default: m.AdminUsersPage })));
const CalculatorPage = lazy(() => import('../features/calculator/CalculatorPage').then((m) => ({ default: m.CalculatorPage })));
const PolicyListPage = lazy(() => import('../features/policies/PolicyListPage').then((m) => ({ default: m.PolicyListPage })));
const PolicyEditorPage = lazy(() => import('../features/policies/PolicyEditorPage').then((m) => ({ default: m.PolicyEditorPage })));
const WhatIfPage = lazy(() => import('../features/policies/WhatIfPage').then((m) => ({ default: m.WhatIfPage })));
const RecognitionPage = lazy(() => import('../features/recognition/RecognitionPage').then((m) => ({ default: m.RecognitionPage })));
const EmployerRecognitionPage = lazy(() => import('../features/recognition/EmployerRecognitionPage').then((m) => ({ default: m.EmployerRecognitionPage })));
const ReviewQueuePage = lazy(() => import('../features/recognition/ReviewPages').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewDecisionPage = lazy(() => import('../features/recognition/ReviewPages').then((m) => ({ default: m.ReviewDecisionPage })));
const OfficeQueuePage = lazy(() => import('../features/recognition/OfficePages').then((m) => ({ default: m.OfficeQueuePage })));
const OfficeDecisionPage = lazy(() => import('../features/recognition/OfficePages').then((m) => ({ default: m.OfficeDecisionPage })));
const ApplyPage = lazy(() => import('../features/applications/ApplyPage').then((m) => ({ default: m.ApplyPage })));
const MyApplicationsPage = lazy(() => import('../features/applications/MyApplicationsPage').then((m) => ({ default: m.MyApplicationsPage })));
const ApplicationPage = lazy(() => import('../features/applications/MyApplicationsPage').then((m) => ({ default: m.ApplicationPage })));
const ApplicationQueuePage = lazy(() => import('../features/review/ApplicationQueuePage').then((m) => ({ default: m.ApplicationQueuePage })));
const ApplicationDecisionPage = lazy(() => import('../features/review/ReviewPages').then((m) => ({ default: m.ApplicationDecisionPage })));
const OverdueListPage = lazy(() => import('../features/review/ReviewPages').then((m) => ({ default: m.OverdueListPage })));
const SweepPage = lazy(() => import('../features/benefits/SweepPage').then((m) => ({ default: m.SweepPage })));
const MyBenefitsPage = lazy(() => import('../features/benefits/MyBenefitsPage').then((m) => ({ default: m.MyBenefitsPage })));
const EmployerPeoplePage = lazy(() => import('../features/employment/EmployerPeoplePage').then((m) => ({ default: m.EmployerPeoplePage })));
const EngagementsPage = lazy(() => import('../features/employment/EngagementsPage').then((m) => ({ default: m.EngagementsPage })));
const MyEmploymentPage = lazy(() => import('../features/employment/MyEmploymentPage').then((m) => ({ default: m.MyEmploymentPage })));
const EmployerSurveysPage = lazy(() => import('../features/employment/EmployerSurveysPage').then((m) => ({ default: m.EmployerSurveysPage })));
const DemandRecordsPage = lazy(() => import('../features/employment/DemandRecordsPage').then((m) => ({ default: m.DemandRecordsPage })));
const OfficeSurveysPage = lazy(() => import('../features/employment/OfficeSurveysPage').then((m) => ({ default: m.OfficeSurveysPage })));
const EmployerReviewsPage = lazy(() => import('../features/employment/EmployerReviewsPage').then((m) => ({ default: m.EmployerReviewsPage })));
const DepartmentDataPage = lazy(() => import('../features/data-exchange/DepartmentDataPage').then((m) => ({ default: m.DepartmentDataPage })));
const PaymentBatchesPage = lazy(() => import('../features/payments/PaymentBatchesPage').then((m) => ({ default: m.PaymentBatchesPage })));
const HolidayCalendarPage = lazy(() => import('../features/calendar/HolidayCalendarPage').then((m) => ({ default: m.HolidayCalendarPage })));
const CockpitPage = lazy(() => import('../features/cockpit/CockpitPage').then((m) => ({ default: m.CockpitPage })));
const ProgramsOfficePage = lazy(() => import('../features/programs/ProgramsOfficePage').then((m) => ({ default: m.ProgramsOfficePage })));
const TalentProgramsPage = lazy(() => import('../features/programs/TalentProgramsPage').then((m) => ({ default: m.TalentProgramsPage })));
const NominationsPage = lazy(() => import('../features/programs/NominationsPage').then((m) => ({ default: m.NominationsPage })));
const ExpertReviewsPage = lazy(() => import('../features/programs/ExpertReviewsPage').then((m) => ({ default: m.ExpertReviewsPage })));
const ApprovalsPage = lazy(() => import('../features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const BudgetsPage = lazy(() => import('../features/payments/BudgetsPage').then((m) => ({ default: m.BudgetsPage })));
const PublicNoticePage = lazy(() => import('../features/recognition/PublicNoticePage').then((m) => ({ default: m.PublicNoticePage })));
const MyTalentCodePage = lazy(() => import('../features/talent-code/MyTalentCodePage').then((m) => ({ default: m.MyTalentCodePage })));
const MySkillsPage = lazy(() => import('../features/matching/MySkillsPage').then((m) => ({ default: m.MySkillsPage })));
const OpportunitiesPage = lazy(() => import('../features/matching/OpportunitiesPage').then((m) => ({ default: m.OpportunitiesPage })));
const PostingsPage = lazy(() => import('../features/matching/PostingsPage').then((m) => ({ default: m.PostingsPage })));
const SkillTaxonomyPage = lazy(() => import('../features/matching/SkillTaxonomyPage').then((m) => ({ default: m.SkillTaxonomyPage })));
const ChainViewPage = lazy(() => import('../features/matching/ChainViewPage').then((m) => ({ default: m.ChainViewPage })));
const ShortageOfficePage = lazy(() => import('../features/matching/ShortageOfficePage').then((m) => ({ default: m.ShortageOfficePage })));
const PublicIndicesPage = lazy(() => import('../features/cockpit/PublicIndicesPage').then((m) => ({ default: m.PublicIndicesPage })));
const ShortageCataloguePage = lazy(() => import('../features/matching/ShortageCataloguePage').then((m) => ({ default: m.ShortageCataloguePage })));
const TalentHousingPage = lazy(() => import('../features/housing/TalentHousingPage').then((m) => ({ default: m.TalentHousingPage })));
const HousingOfficePage = lazy(() => import('../features/housing/HousingOfficePage').then((m) => ({ default: m.HousingOfficePage })));
const PublicPoliciesPage = lazy(() => import('../features/public-policies/PublicPoliciesPage').then((m) => ({ default: m.PublicPoliciesPage })));
const PublicCalculatorPage = lazy(() => import('../features/calculator/PublicCalculatorPage').then((m) => ({ default: m.PublicCalculatorPage })));
const PublicHousingPage = lazy(() => import('../features/housing/PublicHousingPage').then((m) => ({ default: m.PublicHousingPage })));
const MyServicesPage = lazy(() => import('../features/service-desk/MyServicesPage').then((m) => ({ default: m.MyServicesPage })));
const ServiceQueuePage = lazy(() => import('../features/service-desk/ServiceQueuePage').then((m) => ({ default: m.ServiceQueuePage })));
const ServiceRequestPage = lazy(() => import('../features/service-desk/ServiceRequestPage').then((m) => ({ default: m.ServiceRequestPage })));
const YouthStationsPage = lazy(() => import('../features/youth-stations/YouthStationsPage').then((m) => ({ default: m.YouthStationsPage })));
const OccupancyPage = lazy(() => import('../features/youth-stations/OccupancyPage').then((m) => ({ default: m.OccupancyPage })));
const StationDeskPage = lazy(() => import('../features/youth-stations/StationDeskPage').then((m) => ({ default: m.StationDeskPage })));
const InReviewPage = lazy(() => import('../features/in-review/InReviewPage').then((m) => ({ default: m.InReviewPage })));
const AuditLogPage = lazy(() => import('../features/audit-log/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const MyMutualRecognitionPage = lazy(() =>
  import('../features/mutual-recognition/MyMutualRecognitionPage').then((m) => ({ default: m.MyMutualRecognitionPage })),
);
const OfficeMutualRecognitionPage = lazy(() =>
  import('../features/mutual-recognition/OfficeMutualRecognitionPage').then((m) => ({ default: m.OfficeMutualRecognitionPage })),
);
const MyConsentsPage = lazy(() => import('../features/consents/MyConsentsPage').then((m) => ({ default: m.MyConsentsPage })));
const RegionExchangePage = lazy(() => import('../features/region-exchange/RegionExchangePage').then((m) => ({ default: m.RegionExchangePage })));
const EventsPage = lazy(() => import('../features/events/EventsPage').then((m) => ({ default: m.EventsPage })));
const EventDetailPage = lazy(() => import('../features/events/EventsPage').then((m) => ({ default: m.EventDetailPage })));
const MyTicketsPage = lazy(() => import('../features/events/MyTicketsPage').then((m) => ({ default: m.MyTicketsPage })));
const EventsOfficePage = lazy(() => import('../features/events/EventsOfficePage').then((m) => ({ default: m.EventsOfficePage })));
const CheckinPage = lazy(() => import('../features/events/CheckinPage').then((m) => ({ default: m.CheckinPage })));
const VerifyPage = lazy(() => import('../features/talent-code/VerifyPage').then((m) => ({ default: m.VerifyPage })));

function SignedIn() {
  return (
    <RequireAuth>
      {(me) => (
        <AccessProvider role={me.role}>
          <AppLayout me={me}>
            <PrivateRoutes me={me} />
          </AppLayout>
        </AccessProvider>
      )}
    </RequireAuth>
  );
}

function PrivateRoutes({ me }: { me: Me }) {
  const gate = (screen: keyof typeof SCREENS, element: React.ReactNode) => (
    <RoleGate me={me} roles={SCREENS[screen].roles}>
      {element}
    </RoleGate>
  );
  return (
    <Suspense fallback={<LoadingBlock />}>
      <Routes>
        <Route index element={<Navigate to={landingPath(me.role)} replace />} />
        <Route path="home" element={gate('home', <HomePage me={me} />)} />
        <Route path="profile" element={gate('myProfile', <TalentProfilePage />)} />
        <Route path="employer" element={gate('employerProfile', <EmployerProfilePage />)} />
        <Route path="employer-recognition" element={gate('employerRecognition', <EmployerRecognitionPage />)} />
        <Route
          path="talents"
          element={gate('talentList', <TalentListPage readOnly={!mayCall(me.role, 'getTalentPersonalData')} canOpen={mayCall(me.role, 'getTalentDetail')} />)}
        />
        <Route
          path="talents/:id"
          element={
            <RoleGate me={me} roles={ROUTE_ACCESS.getTalentDetail}>
              <TalentDetailPage />
            </RoleGate>
          }
        />
        <Route path="employer/people" element={gate('employerPeople', <EmployerPeoplePage />)} />
        <Route path="employer/engagements" element={gate('engagements', <EngagementsPage />)} />
        <Route path="my-employment" element={gate('myEmployment', <MyEmploymentPage />)} />
        <Route path="employer/surveys" element={gate('employerSurveys', <EmployerSurveysPage />)} />
        <Route path="office/surveys" element={gate('officeSurveys', <OfficeSurveysPage readOnly={!mayCall(me.role, 'openSurvey')} />)} />
        <Route path="office/demand" element={gate('demandRecords', <DemandRecordsPage />)} />
        <Route path="office/employers" element={gate('employerReviews', <EmployerReviewsPage readOnly={!mayCall(me.role, 'decideEmployer')} />)} />
        <Route path="office/id-disputes" element={gate('idDisputes', <IdDisputesPage readOnly={!mayCall(me.role, 'resolveIdNumberDispute')} />)} />
        <Route path="admin/users" element={gate('adminUsers', <AdminUsersPage selfId={me.id} />)} />
        <Route path="calculator" element={gate('calculator', <CalculatorPage />)} />
        <Route path="policies" element={gate('policies', <PolicyListPage />)} />
        <Route path="policies/:id" element={gate('policies', <PolicyEditorPage readOnly={!mayCall(me.role, 'createPolicyVersion')} />)} />
        <Route path="what-if" element={gate('whatIf', <WhatIfPage />)} />
        <Route path="recognition" element={gate('recognition', <RecognitionPage />)} />
        <Route path="talent-code" element={gate('talentCode', <MyTalentCodePage />)} />
        <Route path="me/consents" element={gate('myConsents', <MyConsentsPage />)} />
        <Route path="me/mutual-recognition" element={gate('mutualRecognition', <MyMutualRecognitionPage />)} />
        <Route path="office/mutual-recognitions" element={gate('mutualRecognitionOffice', <OfficeMutualRecognitionPage />)} />
        <Route path="office/region-exchange" element={gate('regionExchange', <RegionExchangePage />)} />
        <Route path="review/recognitions" element={gate('recognitionReview', <ReviewQueuePage />)} />
        <Route path="review/recognitions/:id" element={gate('recognitionReview', <ReviewDecisionPage />)} />
        <Route path="office/recognitions" element={gate('recognitionOffice', <OfficeQueuePage readOnly={!mayCall(me.role, 'updateRecognitionSettings')} />)} />
        <Route
          path="office/recognitions/:id"
          element={gate('recognitionOffice', <OfficeDecisionPage readOnly={!mayCall(me.role, 'decideRecognitionAsOffice')} />)}
        />
        <Route path="apply" element={gate('apply', <ApplyPage />)} />
        <Route path="applications" element={gate('myApplications', <MyApplicationsPage />)} />
        <Route path="applications/:id" element={gate('myApplications', <ApplicationPage />)} />
        <Route path="review/applications" element={gate('applicationReview', <ApplicationQueuePage />)} />
        <Route path="review/applications/:id" element={gate('applicationReview', <ApplicationDecisionPage />)} />
        <Route path="office/overdue" element={gate('overdue', <OverdueListPage />)} />
        <Route path="office/in-review" element={gate('inReview', <InReviewPage />)} />
        <Route path="approvals" element={gate('approvals', <ApprovalsPage />)} />
        <Route path="office/cockpit" element={gate('cockpit', <CockpitPage />)} />
        <Route path="office/programs" element={gate('programsOffice', <ProgramsOfficePage />)} />
        <Route path="review/programs" element={gate('expertReviews', <ExpertReviewsPage />)} />
        <Route path="programs" element={gate('programs', <TalentProgramsPage />)} />
        <Route path="employer/nominations" element={gate('nominations', <NominationsPage />)} />
        <Route path="events" element={gate('events', <EventsPage />)} />
        <Route path="events/mine" element={gate('myTickets', <MyTicketsPage />)} />
        <Route path="events/:code" element={gate('events', <EventDetailPage />)} />
        <Route
          path="office/events"
          element={gate('eventsOffice', <EventsOfficePage readOnly={!mayCall(me.role, 'createEvent')} canCheckIn={mayCall(me.role, 'checkInEventTickets')} />)}
        />
        <Route path="desk/events" element={gate('eventDoor', <CheckinPage />)} />
        <Route path="benefits" element={gate('myBenefits', <MyBenefitsPage />)} />
        <Route path="office/sweeps" element={gate('sweeps', <SweepPage />)} />
        <Route path="office/payments" element={gate('paymentBatches', <PaymentBatchesPage />)} />
        <Route path="office/budgets" element={gate('budgets', <BudgetsPage />)} />
        <Route
          path="office/department-data"
          element={gate(
            'departmentData',
            <DepartmentDataPage department={me.role === 'reviewer' ? me.department : null} readOnly={!mayCall(me.role, 'importDepartmentFacts')} />,
          )}
        />
        <Route path="skills" element={gate('mySkills', <MySkillsPage />)} />
        <Route path="opportunities" element={gate('opportunities', <OpportunitiesPage />)} />
        <Route path="postings" element={gate('postings', <PostingsPage />)} />
        <Route path="office/skills" element={gate('skillTaxonomy', <SkillTaxonomyPage readOnly={!mayCall(me.role, 'saveSkillTaxonomy')} />)} />
        <Route path="office/chains" element={gate('chainView', <ChainViewPage />)} />
        <Route path="office/shortage" element={gate('shortageOffice', <ShortageOfficePage readOnly={!mayCall(me.role, 'publishShortageCatalogue')} />)} />
        <Route path="housing" element={gate('housing', <TalentHousingPage />)} />
        <Route path="office/housing" element={gate('housingOffice', <HousingOfficePage readOnly={!mayCall(me.role, 'createHousingProject')} />)} />
        <Route path="audit" element={gate('auditLog', <AuditLogPage />)} />
        <Route path="calendar" element={gate('holidayCalendar', <HolidayCalendarPage canImport={mayCall(me.role, 'importCalendar')} />)} />
        <Route path="services" element={gate('myServices', <MyServicesPage />)} />
        <Route
          path="service-desk"
          element={gate('serviceQueue', <ServiceQueuePage overdueFirst={me.role === 'reviewer'} figures={mayCall(me.role, 'conciergeFigures')} />)}
        />
        <Route path="service-desk/:id" element={gate('serviceQueue', <ServiceRequestPage me={me} />)} />
        <Route path="youth-stations" element={gate('youthStations', <YouthStationsPage />)} />
        <Route path="office/youth-stations" element={gate('youthOccupancy', <OccupancyPage />)} />
        <Route path="desk/youth-station" element={gate('youthDesk', <StationDeskPage />)} />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route path="403" element={<StatusPage status={403} />} />
        <Route path="*" element={<StatusPage status={404} />} />
      </Routes>
    </Suspense>
  );
}

/** A lazily loaded page outside the signed-in shell, with the loading block while it loads. */
function lazyPage(page: ReactNode) {
  return <Suspense fallback={<LoadingBlock />}>{page}</Suspense>;
}

/** The route table: public sign-in pages, then everything behind the session. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicOnly />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register/talent" element={<RegisterTalentPage />} />
        <Route path="/register/employer" element={<RegisterEmployerPage />} />
        <Route path="/recover" element={<RecoverPage />} />
      </Route>
      <Route path="/notices" element={lazyPage(<PublicNoticePage />)} />
      <Route path="/verify" element={lazyPage(<VerifyPage />)} />
      <Route path="/shortage-catalogue" element={lazyPage(<ShortageCataloguePage />)} />
      <Route path="/indices" element={lazyPage(<PublicIndicesPage />)} />
      <Route path="/housing/results" element={lazyPage(<PublicHousingPage />)} />
      <Route path="/library" element={lazyPage(<PublicPoliciesPage />)} />
      <Route path="/library/calculator" element={lazyPage(<PublicCalculatorPage />)} />
      <Route path="/*" element={<SignedIn />} />
    </Routes>
  );
}
