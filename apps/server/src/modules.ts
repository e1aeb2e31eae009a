/**
 * The business areas mounted by the app: each contributes one route plugin built from the
 * shared context. Adding an area means adding one line here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from './platform/context.js';
import type { Authenticate } from './http/access.js';
import { authRoutes } from './auth/auth.routes.js';
import { adminRoutes } from './admin/admin.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { talentCodeRoutes } from './talent-code/talent-code.routes.js';
import { policyRoutes } from './policies/policy.routes.js';
import { talentRoutes } from './talents/talent.routes.js';
import { employerRoutes } from './employers/employer.routes.js';
import { employerPeopleRoutes } from './employers/employer-people.routes.js';
import { employmentRoutes } from './employment/employment.routes.js';
import { engagementRoutes } from './engagements/engagement.routes.js';
import { surveyRoutes } from './surveys/survey.routes.js';
import { evidenceRoutes } from './evidence/evidence.routes.js';
import { notificationRoutes } from './notifications/notification.routes.js';
import { recognitionRoutes } from './recognition/recognition.routes.js';
import { sweepRoutes } from './benefits/sweep.routes.js';
import { paymentRoutes } from './payments/payment.routes.js';
import { applicationRoutes } from './applications/application.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { cityRoutes } from './city/city.routes.js';
import { dataExchangeRoutes } from './data-exchange/data-exchange.routes.js';
import { approvalRoutes } from './approvals/approval.routes.js';
import { workbenchRoutes } from './workbench/workbench.routes.js';
import { youthStationRoutes } from './youth-stations/youth-station.routes.js';
import { cockpitRoutes } from './cockpit/cockpit.routes.js';
import { matchingRoutes } from './matching/matching.routes.js';
import { chainViewRoutes } from './matching/chain-view.routes.js';
import { housingRoutes } from './housing/housing.routes.js';
import { serviceDeskRoutes } from './service-desk/service-desk.routes.js';
import { programRoutes } from './programs/program.routes.js';
import { formalCheckRoutes } from './programs/formal-check/formal-check.routes.js';
import { awardRoutes } from './programs/awards/award.routes.js';
import { myEligibilityRoutes } from './programs/eligibility/my-eligibility.routes.js';
import { regionRoutes } from './region/region.routes.js';
import { mutualRoutes } from './region/mutual/mutual.routes.js';
import { eventRoutes } from './events/event.routes.js';
import { createAuthenticate as createAuthAuthenticate } from './auth/authenticate.js';

/** Route plugins of every business area. */
export function routeModules(ctx: AppContext): FastifyPluginAsyncZod[] {
  return [
    authRoutes(ctx),
    adminRoutes(ctx),
    auditRoutes(ctx),
    talentCodeRoutes(ctx),
    policyRoutes(ctx),
    talentRoutes(ctx),
    employerRoutes(ctx),
    employerPeopleRoutes(ctx),
    employmentRoutes(ctx),
    engagementRoutes(ctx),
    surveyRoutes(ctx),
    evidenceRoutes(ctx),
    notificationRoutes(ctx),
    recognitionRoutes(ctx),
    sweepRoutes(ctx),
    paymentRoutes(ctx),
    applicationRoutes(ctx),
    calendarRoutes(ctx),
    cityRoutes(ctx),
    dataExchangeRoutes(ctx),
    approvalRoutes(ctx),
    workbenchRoutes(ctx),
    youthStationRoutes(ctx),
    cockpitRoutes(ctx),
    matchingRoutes(ctx),
    chainViewRoutes(ctx),
    housingRoutes(ctx),
    serviceDeskRoutes(ctx),
    programRoutes(ctx),
    formalCheckRoutes(ctx),
    awardRoutes(ctx),
    myEligibilityRoutes(ctx),
    regionRoutes(ctx),
    mutualRoutes(ctx),
    eventRoutes(ctx),
  ];
}

/** How callers are identified (session cookie or bearer token). */
export function createAuthenticate(ctx: AppContext): Authenticate {
  return createAuthAuthenticate(ctx);
}
