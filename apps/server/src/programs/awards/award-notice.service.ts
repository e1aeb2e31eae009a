/**
 * The award list's public notice (公示), as recognition's: the office publishes a program's
 * confirmed awards for the configured number of working days (recognition's notice length); the
 * public reads them with masked names and may object while the notice runs; the office upholds
 * an objection (the award is withdrawn and its money returns to the budget) or dismisses it.
 */
import { randomUUID } from 'node:crypto';
import type { FileObjectionBody, ProgramAwardNotices, ResolveObjectionBody } from '@bole/contracts';
import type { Principal } from '../../http/access.js';
import { fail, notFound } from '../../http/errors.js';
import { businessDate } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { maskName } from '../../talent-code/talent-code.rules.js';
import { noticeEndsOn } from '../../recognition/recognition.rules.js';
import { recognitionSettingsOf } from '../../recognition/recognition-settings.service.js';
import { lockApplicationWithProgram } from '../formal-check/formal-check.repository.js';
import { awardNoticeIsOpen } from './award.rules.js';
import { awardListState, presentAward } from './award.service.js';
import { awardsOfProgram, lockProgramRow, noticedAwards, saveAward, saveAwardNotice } from './award.repository.js';

const NOTICE = { en: 'The public notice', zh: '该公示' };

/**
 * Publishes a program's award list from today for the notice length. Refused (409, nothing
 * written) when already published, when nothing is awarded, or while an award still waits for
 * its second officer.
 */
export async function publishAwardNotice(ctx: AppContext, who: Principal, programId: string) {
  const today = businessDate(ctx.clock.now());
  const { noticeWorkingDays } = await recognitionSettingsOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const program = await lockProgramRow(tx, programId);
    if (!program) throw notFound({ en: 'The program', zh: '该项目' });
    if (program.awardNotice)
      throw awardListState(
        { zh: `资助名单已于 ${program.awardNotice.startsOn} 公示。`, en: `The award list was published on ${program.awardNotice.startsOn}.` },
        'programId',
      );
    const awards = (await awardsOfProgram(tx, programId)).filter((a) => a.award?.outcome === 'awarded');
    if (awards.length === 0) throw awardListState({ zh: '尚无予以资助的申报。', en: 'No application is awarded yet.' }, 'programId');
    const waiting = awards.filter((a) => !a.award!.confirmedBy).length;
    if (waiting > 0) throw awardListState({ zh: `${waiting} 项资助决定待第二人复核。`, en: `${waiting} awards await a second officer.` }, 'programId');
    const notice = { startsOn: today, endsOn: noticeEndsOn(today, noticeWorkingDays, ctx.calendar.current()) };
    await saveAwardNotice(tx, programId, notice);
    await ctx.audit.record(tx, who, { action: 'program.award_notice', entity: 'program', entityId: programId, detail: { ...notice, awards: awards.length } });
    return notice;
  });
}

/** GET /api/v1/public/program-award-notices: the awards in public notice today, names masked. */
export async function publicAwardNotices(ctx: AppContext): Promise<ProgramAwardNotices> {
  const today = businessDate(ctx.clock.now());
  const rows = await noticedAwards(ctx.db, today);
  return {
    asOf: today,
    items: rows.map((r) => ({
      applicationId: r.applicationId,
      programName: r.programName,
      maskedName: maskName(r.talentName),
      title: r.title,
      amountFen: r.award!.amountFen,
      noticeStartsOn: r.notice!.startsOn,
      noticeEndsOn: r.notice!.endsOn,
    })),
  };
}

/**
 * Anyone may object to an award while its notice runs (its last day included); afterwards 409
 * BOLE_AWARD_NOTICE_CLOSED. The contact is sealed (personal data).
 */
export async function fileAwardObjection(ctx: AppContext, applicationId: string, body: FileObjectionBody, ip: string | null) {
  const today = businessDate(ctx.clock.now());
  return ctx.db.transaction(async (tx) => {
    const found = await lockApplicationWithProgram(tx, applicationId);
    const award = found?.application.award;
    const notice = found?.program.awardNotice ?? null;
    if (!found || !award || award.outcome !== 'awarded' || !notice) throw notFound(NOTICE);
    if (!awardNoticeIsOpen(notice, today)) {
      throw fail('BOLE_AWARD_NOTICE_CLOSED', { when: { en: `ended on ${notice.endsOn}`, zh: `已于 ${notice.endsOn} 结束` } }, [
        { field: 'applicationId', message: 'is not in its notice period' },
      ]);
    }
    const objection = {
      id: randomUUID(),
      name: body.name,
      contactEnc: ctx.cipher.encrypt(body.contact),
      reason: body.reason,
      filedAt: ctx.clock.now().toISOString(),
      status: 'open' as const,
      resolution: null,
      resolvedBy: null,
      resolvedAt: null,
    };
    await saveAward(tx, applicationId, { ...award, objections: [...award.objections, objection] });
    await ctx.audit.record(
      tx,
      null,
      { action: 'program.award_objection', entity: 'program_application', entityId: applicationId, detail: { objectionId: objection.id } },
      ip,
    );
    return {
      id: objection.id,
      filedAt: objection.filedAt,
      message: {
        zh: '异议已受理，人才办将在资助发放前核查处理。',
        en: 'Your objection was received; the talent office will look into it before the award is paid.',
      },
    };
  });
}

/**
 * The office upholds an objection — the award is withdrawn (not awarded, its money back in the
 * budget) — or dismisses it. Resolving twice is 409 BOLE_OBJECTION_RESOLVED.
 */
export async function resolveAwardObjection(ctx: AppContext, who: Principal, applicationId: string, objectionId: string, body: ResolveObjectionBody) {
  const award = await ctx.db.transaction(async (tx) => {
    const found = await lockApplicationWithProgram(tx, applicationId);
    const award = found?.application.award;
    const objection = award?.objections.find((o) => o.id === objectionId);
    if (!award || !objection) throw notFound({ en: 'The objection', zh: '该异议' });
    if (objection.status !== 'open') {
      throw fail('BOLE_OBJECTION_RESOLVED', { outcome: { en: objection.status, zh: objection.status === 'upheld' ? '成立' : '不成立' } }, [
        { field: 'objectionId', message: `is ${objection.status}` },
      ]);
    }
    const upheld = body.outcome === 'uphold';
    const resolved = {
      ...objection,
      status: upheld ? ('upheld' as const) : ('dismissed' as const),
      resolution: body.resolution,
      resolvedBy: who.userId,
      resolvedAt: ctx.clock.now().toISOString(),
    };
    const objections = award.objections.map((o) => (o.id === objectionId ? resolved : o));
    const next = upheld ? { ...award, outcome: 'not_awarded' as const, amountFen: 0, reason: body.resolution, objections } : { ...award, objections };
    await saveAward(tx, applicationId, next);
    await ctx.audit.record(tx, who, {
      action: 'program.award_objection_resolve',
      entity: 'program_application',
      entityId: applicationId,
      detail: { objectionId, outcome: resolved.status, withdrawnFen: upheld ? award.amountFen : 0 },
    });
    return next;
  });
  return presentAward(ctx, applicationId, award);
}
