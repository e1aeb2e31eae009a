/**
 * Every table of the database, gathered for Drizzle's typed queries and for drizzle-kit.
 * Each business area keeps its tables in its own `*.table.ts`; add one line here per file.
 */
export * from './settings.table.js';
export * from '../audit/audit.table.js';
export * from '../employers/employer.table.js';
export * from '../talents/talent.table.js';
export * from '../talents/talent-export.table.js';
export * from '../auth/account.table.js';
export * from '../policies/policy.table.js';
export * from '../talent-code/talent-code.table.js';
export * from '../evidence/evidence.table.js';
export * from '../notifications/notification.table.js';
export * from '../recognition/recognition.table.js';
export * from '../benefits/entitlement.table.js';
export * from '../payments/payment.table.js';
export * from '../applications/application.table.js';
export * from '../calendar/calendar.table.js';
export * from '../data-exchange/fact-import.table.js';
export * from '../facts/fact.table.js';
export * from '../approvals/approval.table.js';
export * from '../employment/employment.table.js';
export * from '../engagements/engagement.table.js';
export * from '../matching/skill.table.js';
export * from '../matching/posting.table.js';
export * from '../matching/shortage.table.js';
export * from '../youth-stations/youth-station.table.js';
export * from '../cockpit/cockpit.table.js';
export * from '../housing/housing.table.js';
export * from '../service-desk/service-desk.table.js';
export * from '../surveys/survey.table.js';
export * from '../programs/program.table.js';
export * from '../region/region.table.js';
export * from '../region/mutual/mutual.table.js';
export * from '../events/event.table.js';
