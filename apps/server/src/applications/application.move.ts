/**
 * One change of an application inside the caller's transaction: ask the rules (409 when
 * illegal), write the new position only if nobody changed the row since it was read (version
 * check, 409 otherwise), append the timeline step, record the audit entry and queue the
 * notifications (the talent always; the department that now holds it). Every state change of
 * an application goes through here.
 */
import { APPLICATION_STATUS_LABELS, type ApplicationAction, type ApplicationNotice, type Department } from '@bole/contracts';
import { departmentName, type City } from '../city/city-file.js';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail } from '../http/errors.js';
import { calendarProblem } from '../calendar/calendar-problem.js';
import { notify, type Recipients } from '../notifications/notification.service.js';
import { appealStageOf, applyAction, type MoveAction, type MoveRefusal, type Position } from './application.rules.js';
import { insertStep, updateIfVersion, type ApplicationRow } from './application.repository.js';

/** Who acted: a signed-in account, or the system (escalation job). */
export type Actor = Pick<Principal, 'userId' | 'role' | 'department'> | null;

/** Why the state refuses a move, for BOLE_APPLICATION_STATE. */
const NOT_IN_STATE: Record<Exclude<MoveRefusal, 'already_appealed' | 'paused'>, { en: string; zh: string }> = {
  not_in_review: { en: 'is not in review', zh: '不在审核中' },
  not_returned: { en: 'was not returned for more evidence', zh: '未被退回补充材料' },
  not_rejected: { en: 'was not rejected', zh: '未被驳回' },
};

/** 409 for a move the application's state does not allow. */
export function refused(row: Pick<ApplicationRow, 'status'>, action: string, why: MoveRefusal) {
  const params = { action, status: APPLICATION_STATUS_LABELS[row.status] };
  const errors = [{ field: 'status', message: `is ${row.status}` }];
  if (why === 'already_appealed') return fail('BOLE_ALREADY_APPEALED', params, errors);
  if (why === 'paused') return fail('BOLE_APPLICATION_PAUSED', params, errors);
  return fail('BOLE_APPLICATION_STATE', { ...params, why: NOT_IN_STATE[why] }, errors);
}

/** 409 when the row changed since the caller read it. */
export function staleVersion(current: number, expected: number) {
  return fail('BOLE_STALE_VERSION', { expected, current }, [{ field: 'expectedVersion', message: `is ${expected}, current is ${current}` }]);
}

/** The rules' view of a row. */
export function positionOf(row: ApplicationRow, city: City): Position {
  return {
    appealStage: appealStageOf(city.roles.talentOffice),
    status: row.status,
    stages: row.stages,
    stageIndex: row.stageIndex,
    onAppeal: row.onAppeal,
    appealed: row.appealed,
    rejectedStage: row.rejectedStage,
    department: row.department,
    stageStartedOn: row.stageStartedOn,
    pausedWorkingDays: row.pausedWorkingDays,
    pausedSince: row.pausedSince,
    dueDate: row.dueDate,
    escalated: row.escalatedAt !== null,
  };
}

/** Columns of a position (escalation keeps its timestamp while the stage stays the same). */
export function columnsOf(p: Position, row: Pick<ApplicationRow, 'escalatedAt'>) {
  return {
    status: p.status,
    stageIndex: p.stageIndex,
    onAppeal: p.onAppeal,
    appealed: p.appealed,
    rejectedStage: p.rejectedStage,
    department: p.department,
    stageStartedOn: p.stageStartedOn,
    pausedWorkingDays: p.pausedWorkingDays,
    pausedSince: p.pausedSince,
    dueDate: p.dueDate,
    escalatedAt: p.escalated ? row.escalatedAt : null,
  };
}

/** Recipients of "it is now with you": the department's reviewers, and the officers when it is the city's talent office. */
export function holderRecipients(department: Department | null, city: City): Recipients[] {
  if (!department) return [];
  return [{ role: 'reviewer', department }, ...(department === city.roles.talentOffice ? [{ role: 'officer' as const }] : [])];
}

/** Runs a calendar computation, turning a date outside the holiday data into a 422. */
export function onCalendar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    return calendarProblem(e);
  }
}

/** What a notification about an application says of it: which one, where it stands, by when. */
export function notificationPayload(row: ApplicationRow, city: City): ApplicationNotice {
  return {
    applicationId: row.id,
    policyId: row.policyId,
    title: { zh: row.titleZh, en: row.titleEn },
    status: row.status,
    department: row.department,
    departmentName: row.department ? departmentName(city, row.department) : null,
    dueDate: row.dueDate,
  };
}

/** Writes the step, audit entry and notifications of a change already stored. */
export async function recordChange(
  ctx: AppContext,
  tx: Tx,
  before: Pick<ApplicationRow, 'id' | 'status' | 'talentId' | 'policyId'> | null,
  after: ApplicationRow,
  action: Exclude<ApplicationAction, 'due_date_moved'>,
  actor: Actor,
  opts: { reason?: string | null; detail?: Record<string, unknown>; ip?: string | null; notifyHolder?: boolean },
): Promise<void> {
  const now = ctx.clock.now();
  const reason = opts.reason ?? null;
  await insertStep(tx, {
    applicationId: after.id,
    at: now,
    action,
    fromStatus: before?.status ?? null,
    toStatus: after.status,
    department: after.department,
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? 'system',
    actorDepartment: actor?.department ?? null,
    reason,
    detail: opts.detail ?? {},
  });
  await ctx.audit.record(
    tx,
    actor,
    {
      action: `application.${action}`,
      entity: 'application',
      entityId: after.id,
      detail: {
        talentId: after.talentId,
        policyId: after.policyId,
        from: before?.status ?? null,
        to: after.status,
        department: after.department,
        dueDate: after.dueDate,
        ...(reason ? { reason } : {}),
        ...opts.detail,
      },
    },
    opts.ip,
  );
  const content = { kind: `application.${action}`, payload: { ...notificationPayload(after, ctx.city), ...(reason ? { reason } : {}) } } as const;
  await notify(ctx, tx, [{ talentId: after.talentId }], content);
  if (opts.notifyHolder) await notify(ctx, tx, holderRecipients(after.department, ctx.city), content);
}

/**
 * Applies `action` to a locked row: rules, version-checked write, step, audit, notifications.
 * Returns the new row and whether the application is now closed (approved / rejected).
 */
export async function move(
  ctx: AppContext,
  tx: Tx,
  row: ApplicationRow,
  action: MoveAction,
  actor: Actor,
  opts: {
    today: string;
    reason?: string | null;
    detail?: Record<string, unknown>;
    expectedVersion?: number;
    ip?: string | null;
    set?: Partial<ApplicationRow>;
  },
): Promise<{ row: ApplicationRow; final: boolean }> {
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== row.version) throw staleVersion(row.version, opts.expectedVersion);
  const result = onCalendar(() => applyAction(positionOf(row, ctx.city), action, opts.today, ctx.calendar.current()));
  if (!result.ok) throw refused(row, action, result.why);
  const now = ctx.clock.now();
  const updated = await updateIfVersion(tx, row.id, row.version, {
    ...columnsOf(result.to, row),
    ...(opts.reason ? { lastReason: opts.reason } : {}),
    ...(result.final ? { decidedAt: now } : {}),
    updatedAt: now,
    ...opts.set,
  });
  if (!updated) throw staleVersion(row.version + 1, row.version);
  const movedToHolder =
    updated.department !== null &&
    (updated.department !== row.department || updated.stageIndex !== row.stageIndex || updated.onAppeal !== row.onAppeal || row.status !== 'in_review');
  await recordChange(ctx, tx, row, updated, action, actor, {
    reason: opts.reason ?? null,
    detail: opts.detail ?? {},
    ip: opts.ip ?? null,
    notifyHolder: movedToHolder,
  });
  return { row: updated, final: result.final };
}
