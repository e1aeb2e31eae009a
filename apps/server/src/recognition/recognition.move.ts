/**
 * One transition of a case inside the caller's transaction: check it against the state
 * machine (409 when illegal), write the new status, append the timeline step, record the
 * audit entry and queue the notifications. Every state change of recognition goes through here.
 */
import { RECOGNITION_STATUS_LABELS, type ErrorText, type RecognitionAction, type RecognitionStatus } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail } from '../http/errors.js';
import { notify, type Recipients } from '../notifications/notification.service.js';
import { transition } from './recognition.rules.js';
import { insertStep, updateRecognition, type RecognitionRow } from './recognition.repository.js';

/** Who acted: a signed-in account, the public (objections) or the system (sweep). */
export type Actor = Pick<Principal, 'userId' | 'role' | 'department'> | 'public' | null;

/** 409 BOLE_RECOGNITION_STATE: the case's status and why it refuses what was asked. */
export function stateRefusal(status: RecognitionStatus, refusal: ErrorText) {
  const state = { en: status.replace('_', ' '), zh: RECOGNITION_STATUS_LABELS[status].zh };
  return fail('BOLE_RECOGNITION_STATE', { status: state, refusal }, [{ field: 'status', message: `is ${status}` }]);
}

/** 409 for an action the case's status does not allow. */
export function illegalTransition(status: RecognitionStatus, action: RecognitionAction, allowed: readonly string[]) {
  return stateRefusal(status, {
    en: `"${action}" is not possible now${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}. Reload to see its current state`,
    zh: '不能执行此操作。请刷新查看最新状态',
  });
}

/** The applicant side of a case: the talent's accounts and, when an employer asked, that account. */
export function applicantRecipients(row: RecognitionRow): Recipients[] {
  return [{ talentId: row.talentId }, ...(row.requestedByRole === 'employer' ? [{ userIds: [row.requestedBy] }] : [])];
}

/** Applies `action` to a locked case. */
export async function move(
  ctx: AppContext,
  tx: Tx,
  row: RecognitionRow,
  action: RecognitionAction,
  actor: Actor,
  opts: {
    today: string;
    reason?: string | null;
    detail?: Record<string, unknown>;
    set?: Partial<RecognitionRow>;
    notify?: Recipients[];
    ip?: string | null;
  },
): Promise<RecognitionRow> {
  const t = transition(row.status, action);
  if (!t.ok) throw illegalTransition(row.status, action, t.allowed);
  const now = ctx.clock.now();
  const reason = opts.reason ?? null;
  const updated = await updateRecognition(tx, row.id, {
    status: t.to,
    stageSince: t.to !== row.status ? opts.today : row.stageSince,
    ...(reason ? { lastReason: reason } : {}),
    updatedAt: now,
    ...opts.set,
  });
  const person = actor && actor !== 'public' ? actor : null;
  await insertStep(tx, {
    recognitionId: row.id,
    at: now,
    action,
    fromStatus: row.status,
    toStatus: t.to,
    actorId: person?.userId ?? null,
    actorRole: actor === 'public' ? 'public' : (person?.role ?? 'system'),
    actorDepartment: person?.department ?? null,
    reason,
    detail: opts.detail ?? {},
  });
  await ctx.audit.record(
    tx,
    person,
    {
      action: `recognition.${action}`,
      entity: 'recognition',
      entityId: row.id,
      detail: {
        talentId: row.talentId,
        from: row.status,
        to: t.to,
        tier: row.proposedTier,
        ...(reason ? { reason } : {}),
        ...(actor === 'public' ? { by: 'public' } : {}),
        ...opts.detail,
      },
    },
    opts.ip,
  );
  await notify(ctx, tx, opts.notify ?? applicantRecipients(updated), {
    kind: `recognition.${action}`,
    payload: {
      recognitionId: row.id,
      status: t.to,
      tier: row.proposedTier,
      ...(reason ? { reason } : {}),
      ...(updated.noticeEndsOn ? { noticeEndsOn: updated.noticeEndsOn } : {}),
      ...(updated.validUntil && t.to === 'granted' ? { validUntil: updated.validUntil } : {}),
    },
  });
  return updated;
}
