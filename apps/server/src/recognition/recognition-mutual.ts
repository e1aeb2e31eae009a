/**
 * The recognition flow's part in mutual recognition (资格互认): a case opened from another city's
 * verified credential with the tier the committee's table gives here, without a new review —
 * straight into this city's public notice when its rules ask for one (the notice, objections and
 * the grant then run as for any case), or granted at once. A source city's revocation ends it:
 * the case is `revoked`, the tier it granted and its talent code withdrawn.
 */
import type { RecognitionSettings, Tier } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, notFound } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { notify } from '../notifications/notification.service.js';
import { revokeTalentCodesOf } from '../talent-code/talent-code.service.js';
import { noticeEndsOn } from './recognition.rules.js';
import { applicantRecipients, move } from './recognition.move.js';
import { issueGrant } from './recognition-notice.service.js';
import { calendarProblem } from '../calendar/calendar-problem.js';
import {
  deleteGrantOf,
  findOpenRecognition,
  insertRecognition,
  insertStep,
  lockRecognition,
  talentFacts,
  type RecognitionRow,
} from './recognition.repository.js';

/** What a mutual recognition asks of the flow. */
export interface MutualCaseInput {
  talentId: string;
  tier: Tier;
  requestedBy: Principal;
  /** Whether this city's rules put a mutual recognition on public notice first. */
  withNotice: boolean;
  /** Where the tier comes from (source city, credential id and status index, equivalence version): kept on the case's first step. */
  origin: Record<string, unknown>;
  /** The recognition settings in force, read by the caller before its transaction. */
  settings: RecognitionSettings;
}

/** Opens (and, without a notice, grants) the case inside the caller's transaction (`recognitionSettingsOf` gives its settings). */
export async function openMutualCase(ctx: AppContext, tx: Tx, input: MutualCaseInput): Promise<RecognitionRow> {
  const today = businessDate(ctx.clock.now());
  const { noticeWorkingDays, validityYears } = input.settings;
  const facts = await talentFacts(tx, input.talentId);
  if (!facts) throw notFound({ en: 'The talent', zh: '该人才' });
  let ends: string | null = null;
  if (input.withNotice) {
    try {
      ends = noticeEndsOn(today, noticeWorkingDays, ctx.calendar.current());
    } catch (e) {
      calendarProblem(e);
    }
  }
  const now = ctx.clock.now();
  const row = await insertRecognition(tx, {
    talentId: input.talentId,
    requestedBy: input.requestedBy.userId,
    requestedByRole: input.requestedBy.role,
    status: 'public_notice',
    proposedTier: input.tier,
    requestDate: today,
    talentName: facts.name,
    employerName: facts.employerName,
    stageSince: today,
    noticeStartsOn: ends ? today : null,
    noticeEndsOn: ends,
    createdAt: now,
    updatedAt: now,
  });
  if (!row) {
    const open = await findOpenRecognition(tx, input.talentId);
    throw fail('BOLE_RECOGNITION_OPEN', {}, [{ field: 'talentId', message: `has recognition ${open?.id ?? ''} in progress` }]);
  }
  const detail = { origin: input.origin, ...(ends ? { noticeStartsOn: today, noticeEndsOn: ends, noticeWorkingDays } : {}) };
  await insertStep(tx, {
    recognitionId: row.id,
    at: now,
    action: 'mutual_recognize',
    fromStatus: null,
    toStatus: 'public_notice',
    actorId: input.requestedBy.userId,
    actorRole: input.requestedBy.role,
    actorDepartment: input.requestedBy.department,
    reason: null,
    detail,
  });
  await ctx.audit.record(tx, input.requestedBy, {
    action: 'recognition.mutual_recognize',
    entity: 'recognition',
    entityId: row.id,
    detail: { talentId: input.talentId, tier: input.tier, ...detail },
  });
  await notify(ctx, tx, applicantRecipients(row), {
    kind: 'recognition.mutual_recognize',
    payload: { recognitionId: row.id, status: 'public_notice', tier: input.tier, ...(ends ? { noticeEndsOn: ends } : {}) },
  });
  return ends ? row : issueGrant(ctx, tx, row, null, today, validityYears);
}

/**
 * Ends a mutual recognition whose source credential was revoked, inside the caller's
 * transaction: the case becomes `revoked` (audited, the talent told), and when it had granted
 * the talent's current tier, that tier and the talent's live code are withdrawn. A case already
 * ended or never granted beyond its notice is left as it is (false).
 */
export async function endMutualCase(ctx: AppContext, tx: Tx, recognitionId: string, reason: string): Promise<boolean> {
  const row = await lockRecognition(tx, recognitionId);
  if (!row || (row.status !== 'public_notice' && row.status !== 'granted')) return false;
  const today = businessDate(ctx.clock.now());
  let revokedCodes: string[] = [];
  if (row.status === 'granted' && (await deleteGrantOf(tx, row.talentId, row.id))) {
    revokedCodes = await revokeTalentCodesOf(ctx, tx, { talentId: row.talentId, reason, actor: null });
  }
  await move(ctx, tx, row, 'source_revoked', null, { today, reason, detail: { revokedCodes } });
  return true;
}
