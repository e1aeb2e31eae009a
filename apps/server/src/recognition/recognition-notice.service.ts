/**
 * The public notice (公示) of approved recognitions, objections from the public and their
 * resolution by the office, and the grant: once the notice has ended with no open objection
 * the tier is granted for the configured validity, recorded as the talent's granted tier and a
 * signed talent code is issued — in one transaction. The grant is an officer's `finalize` or
 * the idempotent sweep (`bole recognition finalize --at DATE`).
 */
import type { FileObjectionBody, FinalizeSweepResult, PublicNotice, Recognition, ResolveObjectionBody } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { AppError, fail, notFound } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { maskName } from '../talent-code/talent-code.rules.js';
import { issueTalentCode } from '../talent-code/talent-code.service.js';
import { finalizeBlocker, noticeIsOpen, sweepDateAllowed, validUntilOf } from './recognition.rules.js';
import { applicantRecipients, move, stateRefusal, type Actor } from './recognition.move.js';
import { presentRecognitions } from './recognition.present.js';
import { confirmCheckedFacts } from './recognition-facts.js';
import { recognitionSettingsOf } from './recognition-settings.service.js';
import {
  insertObjection,
  listByStatus,
  listNoticeEndedBefore,
  listObjections,
  lockObjection,
  lockRecognition,
  resolveObjectionRow,
  upsertGrant,
  type RecognitionRow,
} from './recognition.repository.js';
import type { Tx } from '../db/database.js';
import { findGrant } from './recognition.repository.js';

const caseNotFound = () => notFound({ en: 'The recognition', zh: '该认定申请' });

/** GET /api/v1/public/recognition-notices: cases whose notice runs today (masked names). */
export async function publicNotices(ctx: AppContext): Promise<PublicNotice> {
  const today = businessDate(ctx.clock.now());
  const rows = (await listByStatus(ctx.db, ['public_notice'], 500)).filter((r) => noticeIsOpen(r, today));
  return {
    asOf: today,
    items: rows.map((r) => ({
      id: r.id,
      maskedName: maskName(r.talentName),
      employerName: r.employerName,
      tier: r.proposedTier,
      noticeStartsOn: r.noticeStartsOn!,
      noticeEndsOn: r.noticeEndsOn!,
    })),
  };
}

/**
 * POST /api/v1/public/recognition-notices/:id/objections: anyone may object while the notice
 * runs (its last day included); afterwards, or for a case not in notice, 409. The contact is
 * sealed (personal data). The office is notified.
 */
export async function fileObjection(ctx: AppContext, id: string, body: FileObjectionBody, ip: string | null) {
  const today = businessDate(ctx.clock.now());
  return ctx.db.transaction(async (tx) => {
    const row = await lockRecognition(tx, id);
    if (!row || (row.status !== 'public_notice' && row.noticeStartsOn === null)) throw notFound({ en: 'The public notice', zh: '该公示' });
    if (!noticeIsOpen(row, today)) {
      const ended = row.noticeEndsOn && today > row.noticeEndsOn;
      throw fail(
        'BOLE_NOTICE_CLOSED',
        { when: ended ? { en: `ended on ${row.noticeEndsOn}`, zh: `已于 ${row.noticeEndsOn} 结束` } : { en: 'is not running', zh: '不在公示期内' } },
        [{ field: 'id', message: 'is not in its notice period' }],
      );
    }
    const o = await insertObjection(tx, {
      recognitionId: id,
      name: body.name,
      contactEnc: ctx.cipher.encrypt(body.contact),
      reason: body.reason,
      filedAt: ctx.clock.now(),
      ip,
    });
    await move(ctx, tx, row, 'objection_filed', 'public', {
      today,
      ip,
      detail: { objectionId: o.id },
      notify: [{ role: 'officer' }, ...applicantRecipients(row)],
    });
    return {
      id: o.id,
      filedAt: o.filedAt.toISOString(),
      message: {
        zh: '异议已受理，人才办将在公示结束前核查处理。',
        en: 'Your objection was received; the talent office will look into it before the recognition is granted.',
      },
    };
  });
}

/**
 * POST /api/v1/recognitions/:id/objections/:objectionId/resolve (office): uphold — the
 * recognition is rejected — or dismiss — it continues. Resolving twice is a 409.
 */
export async function resolveObjection(
  ctx: AppContext,
  principal: Principal,
  id: string,
  objectionId: string,
  body: ResolveObjectionBody,
  ip: string | null,
): Promise<Recognition> {
  const today = businessDate(ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockRecognition(tx, id);
    if (!row) throw caseNotFound();
    const o = await lockObjection(tx, id, objectionId);
    if (!o) throw notFound({ en: 'The objection', zh: '该异议' });
    if (o.status !== 'open') {
      throw fail('BOLE_OBJECTION_RESOLVED', { outcome: { en: o.status, zh: o.status === 'upheld' ? '成立' : '不成立' } }, [
        { field: 'objectionId', message: `is ${o.status}` },
      ]);
    }
    const upheld = body.outcome === 'uphold';
    const updated = await move(ctx, tx, row, upheld ? 'objection_upheld' : 'objection_dismissed', principal, {
      today,
      ip,
      reason: body.resolution,
      detail: { objectionId },
    });
    await resolveObjectionRow(tx, objectionId, {
      status: upheld ? 'upheld' : 'dismissed',
      resolution: body.resolution,
      resolvedBy: principal.userId,
      resolvedAt: ctx.clock.now(),
    });
    return updated;
  });
  const [r] = await presentRecognitions(ctx, ctx.db, [row], { withObjections: true });
  return r!;
}

const finalizeRefused = (row: RecognitionRow, why: NonNullable<ReturnType<typeof finalizeBlocker>>) => {
  if (why === 'not_in_notice') {
    return stateRefusal(row.status, { en: 'only a case in public notice can be granted', zh: '只有公示中的认定才能办结' });
  }
  if (why === 'notice_running') {
    return fail('BOLE_NOTICE_RUNNING', { until: String(row.noticeEndsOn) }, [{ field: 'noticeEndsOn', message: `is ${row.noticeEndsOn}` }]);
  }
  return fail('BOLE_OPEN_OBJECTIONS', {}, [{ field: 'objections', message: 'has open objections' }]);
};

/** Refusal of a grant date after today: it would end the public notice early. */
const futureDate = (at: string, today: string) => fail('BOLE_FUTURE_DATE', { at, today }, [{ field: 'at', message: 'must not be after today' }]);

/**
 * Grants a locked case on `today` (caller checked nothing; this checks everything, including
 * that `today` is not after the clock's business date, whatever path asked).
 */
async function grant(ctx: AppContext, tx: Tx, row: RecognitionRow, actor: Actor, today: string, validityYears: number): Promise<RecognitionRow> {
  const realToday = businessDate(ctx.clock.now());
  if (!sweepDateAllowed(today, realToday)) throw futureDate(today, realToday);
  const open = (await listObjections(tx, [row.id])).filter((o) => o.status === 'open').length;
  const why = finalizeBlocker(row, today, open);
  if (why) throw finalizeRefused(row, why);
  return issueGrant(ctx, tx, row, actor, today, validityYears);
}

/**
 * The grant itself on a locked case the caller has checked: the tier for the validity, the
 * talent's granted tier, the signed talent code, the facts the approvals checked, the step.
 * A mutual recognition without a notice calls it right after opening its case.
 */
export async function issueGrant(ctx: AppContext, tx: Tx, row: RecognitionRow, actor: Actor, today: string, validityYears: number): Promise<RecognitionRow> {
  const validUntil = validUntilOf(today, validityYears);
  const person = actor && actor !== 'public' ? actor : null;
  const code = await issueTalentCode(ctx, tx, { talentId: row.talentId, tier: row.proposedTier, validUntil, actor: person });
  const now = ctx.clock.now();
  await upsertGrant(tx, { talentId: row.talentId, tier: row.proposedTier, recognitionId: row.id, grantedAt: now, validUntil });
  await confirmCheckedFacts(ctx, tx, row);
  return move(ctx, tx, row, 'finalize', actor, {
    today,
    detail: { validUntil, talentCodeJti: code.jti, grantDate: today },
    set: { grantedAt: now, validUntil, talentCodeJti: code.jti },
  });
}

/** POST /api/v1/recognitions/:id/finalize (office). */
export async function finalizeRecognition(ctx: AppContext, principal: Principal, id: string): Promise<Recognition> {
  const today = businessDate(ctx.clock.now());
  const { validityYears } = await recognitionSettingsOf(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockRecognition(tx, id);
    if (!row) throw caseNotFound();
    return grant(ctx, tx, row, principal, today, validityYears);
  });
  const [r] = await presentRecognitions(ctx, ctx.db, [row], { withObjections: true });
  return r!;
}

/**
 * The sweep: grants every case whose notice ended before `at` (default today) with no open
 * objection, each in its own transaction; skips (and reports) the others. Running it again
 * grants nothing twice.
 */
export async function finalizeDue(ctx: AppContext, actor: Principal | null, at?: string): Promise<FinalizeSweepResult> {
  const realToday = businessDate(ctx.clock.now());
  const today = at ?? realToday;
  if (!sweepDateAllowed(today, realToday)) throw futureDate(today, realToday);
  const { validityYears } = await recognitionSettingsOf(ctx);
  const result: FinalizeSweepResult = { at: today, granted: [], skipped: [] };
  for (const candidate of await listNoticeEndedBefore(ctx.db, today)) {
    try {
      await ctx.db.transaction(async (tx) => {
        const row = await lockRecognition(tx, candidate.id);
        if (!row) return;
        await grant(ctx, tx, row, actor, today, validityYears);
      });
      result.granted.push(candidate.id);
    } catch (e) {
      result.skipped.push({ id: candidate.id, why: e instanceof AppError ? e.code : String(e) });
    }
  }
  return result;
}

/**
 * POST /api/v1/recognitions/finalize: the office runs the sweep. `at` defaults to today; an
 * earlier date catches up. A later date is refused in every mode (it would grant before the
 * notice ends); the audit entry records the date used.
 */
export async function sweepAsOf(ctx: AppContext, principal: Principal, at: string | undefined): Promise<FinalizeSweepResult> {
  const today = businessDate(ctx.clock.now());
  const result = await finalizeDue(ctx, principal, at);
  await ctx.db.transaction((tx) =>
    ctx.audit.record(tx, principal, {
      action: 'recognition.sweep',
      entity: 'recognition',
      detail: { at: result.at, today, granted: result.granted.length, skipped: result.skipped.length },
    }),
  );
  return result;
}

/** The tier recognition has granted a talent and until when (null when none or expired at `today`). */
export async function grantedTierOf(ctx: AppContext, talentId: string, today = businessDate(ctx.clock.now())) {
  const g = await findGrant(ctx.db, talentId);
  if (!g || g.validUntil < today) return null;
  return { tier: g.tier, validUntil: g.validUntil, recognitionId: g.recognitionId };
}
