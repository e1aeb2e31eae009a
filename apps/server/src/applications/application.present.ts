/** API shapes of applications, queue rows and timelines (reads only). */
import { ACTOR_LABELS, type Application, type ApplicationDetail, type ApplicationStep, type EvidenceKind, type ReviewQueueItem } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { benefitText, dates } from '@bole/engine';
import type { CityCalendar } from '../calendar/city-calendar.js';
import { findEvidenceByIds, toEvidence } from '../evidence/evidence.service.js';
import { appealStageOf, isOverdue, kindsOf } from './application.rules.js';
import { departmentName, type City } from '../city/city-file.js';
import { listAttached, listSteps, profileFacts, type ApplicationRow, type QueueRow, type StepRow } from './application.repository.js';

const APPLICANT = ACTOR_LABELS.applicant;
const SYSTEM = ACTOR_LABELS.system;

/** What presenting needs of the calendar: whether a deadline lies in a provisional year. */
export type ProvisionalCheck = Pick<CityCalendar, 'isProvisional'>;

/** The list shape of an application (`cal` marks a deadline in a provisional year, 暂定). */
export function toApplication(row: ApplicationRow, today: string, cal: ProvisionalCheck, city: City): Application {
  const appeal = appealStageOf(city.roles.talentOffice);
  return {
    id: row.id,
    talentId: row.talentId,
    talentName: row.talentName,
    policyId: row.policyId,
    policyVersion: row.policyVersion,
    policyTitle: { zh: row.titleZh, en: row.titleEn },
    status: row.status,
    department: row.department,
    departmentName: row.department ? departmentName(city, row.department) : null,
    stageIndex: row.stageIndex,
    onAppeal: row.onAppeal,
    appealed: row.appealed,
    stages: row.stages
      .map((s) => ({ ...s, departmentName: departmentName(city, s.department), appeal: false }))
      .concat(row.appealed ? [{ ...appeal, departmentName: departmentName(city, appeal.department), appeal: true }] : []),
    applyDate: row.applyDate,
    dueDate: row.dueDate,
    dueDateProvisional: cal.isProvisional(row.dueDate),
    pausedWorkingDays: row.pausedWorkingDays,
    pausedSince: row.pausedSince,
    overdue: isOverdue(row, today),
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    amountFen: row.amountFen,
    period: row.period,
    months: row.months,
    valueFen: row.valueFen,
    // A zero amount is a service right (配偶就业安置 …); anything else reads as money.
    summary: benefitText({
      period: row.period,
      amountFen: row.amountFen,
      months: row.months,
      valueFen: row.valueFen,
      benefitKind: row.amountFen === 0 ? 'service' : 'cash',
    }),
    lastReason: row.lastReason,
    entitlementId: row.entitlementId,
    version: row.version,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A queue row. */
export function toQueueItem(r: QueueRow, today: string): ReviewQueueItem {
  return {
    id: r.id,
    talentName: r.talentName,
    policyId: r.policyId,
    policyTitle: { zh: r.titleZh, en: r.titleEn },
    department: r.department!,
    stageIndex: r.stageIndex,
    onAppeal: r.onAppeal,
    dueDate: r.dueDate!,
    overdue: isOverdue({ status: 'in_review', dueDate: r.dueDate }, today),
    escalated: r.escalatedAt !== null,
    valueFen: r.valueFen,
    submittedAt: r.submittedAt.toISOString(),
    version: r.version,
    resubmitted: r.resubmitted,
  };
}

function toStep(s: StepRow, city: City): ApplicationStep {
  const actorLabel =
    s.actorRole === 'talent'
      ? APPLICANT
      : s.actorRole === 'system'
        ? SYSTEM
        : s.actorDepartment
          ? departmentName(city, s.actorDepartment)
          : { zh: s.actorRole, en: s.actorRole };
  return {
    at: s.at.toISOString(),
    action: s.action,
    fromStatus: s.fromStatus,
    toStatus: s.toStatus,
    department: s.department,
    actorRole: s.actorRole,
    actorLabel,
    reason: s.reason,
    detail: s.detail,
  };
}

/**
 * The full record: requirements with the attached files, the engine's conditions at the
 * application date, the timeline, and (for staff) a short profile summary.
 */
export async function toApplicationDetail(
  conn: Db | Tx,
  row: ApplicationRow,
  today: string,
  cal: ProvisionalCheck,
  opts: { staff: boolean; city: City },
): Promise<ApplicationDetail> {
  const attached = await listAttached(conn, row.id);
  const files = new Map((await findEvidenceByIds(conn, [...new Set(attached.map((a) => a.evidenceId))])).map((e) => [e.id, e]));
  const steps = await listSteps(conn, row.id);
  const facts = opts.staff ? await profileFacts(conn, row.talentId) : null;
  return {
    ...toApplication(row, today, cal, opts.city),
    requirements: row.requirements.map((r, index) => ({
      index,
      label: { zh: r.zh, en: r.en },
      kind: r.kind as EvidenceKind | null,
      kinds: kindsOf(r) as EvidenceKind[],
      evidence: attached.filter((a) => a.requirement === index).flatMap((a) => (files.has(a.evidenceId) ? [toEvidence(files.get(a.evidenceId)!)] : [])),
    })),
    conditions: row.conditions,
    tier: row.tier,
    steps: steps.map((s) => toStep(s, opts.city)),
    profile: facts
      ? {
          highestDegree: facts.highestDegree,
          title: facts.title,
          skillLevel: facts.skillLevel,
          employerName: facts.employerName ?? null,
          district: facts.district,
          arrivalDate: facts.arrivalDate,
          socialInsuranceMonths: facts.socialInsuranceMonths,
          age: facts.birthDate ? ageAt(facts.birthDate, today) : null,
        }
      : null,
  };
}

/** Whole years from a birth date to `today`. */
function ageAt(birthDate: string, today: string): number | null {
  const b = dates.parseIsoDate(birthDate);
  const t = dates.parseIsoDate(today);
  return b === null || t === null ? null : dates.ageAt(b, t);
}
