/**
 * Programs and their calls (项目申报): an officer opens a program with its dates, the quota per
 * nominating employer and the review plan; a talent applies, or an employer nominates one of its
 * talents, while the call is open and within the quota; the office keeps the expert pool.
 */
import { DEFAULT_CONFLICT_RULES, type ExpertBody, type ProgramApplyBody, type ProgramCreateBody, programApplyBody, expertBody } from '@bole/contracts';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, forbidden, invalid, notFound } from '../http/errors.js';
import { callEligibility, eligibilityPolicyIds } from './eligibility/call-eligibility.js';
import { assertApplicantEvidence, presentApplication, withDuplicates } from './formal-check/formal-check.service.js';
import {
  countNominations,
  findTalentEmployer,
  findProgram,
  insertApplication,
  insertProgram,
  listApplications,
  listExperts,
  listPrograms,
  lockProgram,
  upsertExpert,
  type ProgramRow,
} from './program.repository.js';

const PROGRAM = { en: 'The program', zh: '该项目' };

/** Opens a program's call. */
export async function createProgram(ctx: AppContext, who: Principal, body: ProgramCreateBody): Promise<ProgramRow> {
  const known = new Set(eligibilityPolicyIds(ctx));
  const unknown = Object.entries(body.eligibility ?? {}).filter(([, id]) => !known.has(id));
  if (unknown.length > 0) throw invalid(unknown.map(([key]) => ({ field: `eligibility.${key}`, message: 'is not a call-eligibility policy of the city' })));
  return ctx.db.transaction(async (tx) => {
    const row = await insertProgram(tx, {
      ...body,
      eligibility: body.eligibility ?? null,
      funding: body.funding ?? null,
      createdBy: who.userId,
      createdAt: ctx.clock.now().toISOString(),
    });
    if (!row) throw invalid([{ field: 'code', message: 'is already used by another program' }]);
    await ctx.audit.record(tx, who, { action: 'program.create', entity: 'program', entityId: row.id, detail: { code: row.code } });
    return row;
  });
}

export { listPrograms };

/** A program, or 404. */
export async function getProgram(ctx: AppContext, id: string): Promise<ProgramRow> {
  const row = await findProgram(ctx.db, id);
  if (!row) throw notFound(PROGRAM);
  return row;
}

/** Who applies for whom: a talent for themself, an employer for one of its talents. */
async function applicantOf(
  ctx: AppContext,
  who: Principal,
  body: ProgramApplyBody,
): Promise<{ talentId: string; employerId: string | null; nominatedBy: string | null }> {
  if (who.role === 'talent') {
    if (!who.talentId) throw forbidden();
    if (body.talentId && body.talentId !== who.talentId) throw invalid([{ field: 'talentId', message: 'a talent applies only for themself' }]);
    const talent = await findTalentEmployer(ctx.db, who.talentId);
    return { talentId: who.talentId, employerId: talent?.employerId ?? null, nominatedBy: null };
  }
  if (!who.employerId) throw forbidden();
  if (!body.talentId) throw invalid([{ field: 'talentId', message: 'name the talent the employer nominates' }]);
  const talent = await findTalentEmployer(ctx.db, body.talentId);
  if (!talent || talent.employerId !== who.employerId) throw invalid([{ field: 'talentId', message: 'is not a talent of this employer' }]);
  return { talentId: body.talentId, employerId: who.employerId, nominatedBy: who.employerId };
}

/**
 * Submits an application or a nomination. Refused with nothing written: outside the call's dates
 * (`closesOn`), beyond the nominating employer's quota (`talentId`), more excluded experts than
 * the conflict rules allow (`excludedExpertIds`), or a second application of the same talent.
 */
export async function applyToProgram(ctx: AppContext, who: Principal, programId: string, input: ProgramApplyBody) {
  const body = programApplyBody.parse(input);
  const program = await getProgram(ctx, programId);
  const today = businessDate(ctx.clock.now());
  if (today < program.opensOn || today > program.closesOn) {
    throw fail('BOLE_CALL_CLOSED', { program: program.name, opensOn: program.opensOn, closesOn: program.closesOn }, [
      { field: 'closesOn', message: `the call is open from ${program.opensOn} to ${program.closesOn}` },
    ]);
  }
  const maxExclusions = DEFAULT_CONFLICT_RULES.rules.find((r) => r.code === 'requested_exclusion')?.max ?? 0;
  if (body.excludedExpertIds.length > maxExclusions) {
    throw fail('BOLE_TOO_MANY_EXCLUSIONS', { max: maxExclusions }, [{ field: 'excludedExpertIds', message: `at most ${maxExclusions}` }]);
  }
  const applicant = await applicantOf(ctx, who, body);
  await assertApplicantEvidence(ctx.db, applicant.talentId, body.evidenceIds);
  if (program.eligibility) {
    const answer = await callEligibility(ctx, program.eligibility, applicant.talentId, body.basicResearch, today);
    if (!answer.eligible) {
      const unmet = { zh: answer.unmet.map((u) => u.zh).join('；'), en: answer.unmet.map((u) => u.en).join('; ') };
      throw fail('BOLE_CALL_NOT_ELIGIBLE', { program: program.name, unmet }, [{ field: 'talentId', message: `does not meet: ${unmet.en}` }]);
    }
  }
  const id = await ctx.db.transaction(async (tx) => {
    await lockProgram(tx, program.id);
    if (applicant.nominatedBy && (await countNominations(tx, program.id, applicant.nominatedBy)) >= program.quotaPerNominator) {
      throw fail('BOLE_QUOTA_FULL', { program: program.name, quota: program.quotaPerNominator }, [
        { field: 'talentId', message: `the employer's quota of ${program.quotaPerNominator} is used up` },
      ]);
    }
    const row = await insertApplication(tx, {
      programId: program.id,
      ...applicant,
      title: body.title,
      basicResearch: body.basicResearch,
      summary: body.summary,
      budgetLines: body.budgetLines,
      evidenceIds: body.evidenceIds,
      formalStartedOn: today,
      fields: body.fields,
      teamTalentIds: body.teamTalentIds,
      excludedExpertIds: body.excludedExpertIds,
      submittedBy: who.userId,
      submittedAt: ctx.clock.now().toISOString(),
    });
    if (!row) throw fail('BOLE_ALREADY_APPLIED', { program: program.name }, [{ field: 'talentId', message: 'this talent already applied to the program' }]);
    await ctx.audit.record(tx, who, { action: 'program.apply', entity: 'program_application', entityId: row.id, detail: { programId: program.id } });
    return row.id;
  });
  const [created] = await listApplications(ctx.db, { ids: [id] });
  return presentApplication(ctx, created!);
}

/** The applications a caller may see: a talent's own, an employer's nominations, all of a program for the office. */
export async function applicationsFor(ctx: AppContext, who: Principal, programId?: string) {
  const own = async (where: { talentId?: string; nominatedBy?: string }) =>
    (await listApplications(ctx.db, { ...where, programId })).map((r) => presentApplication(ctx, r));
  if (who.role === 'talent') return who.talentId ? own({ talentId: who.talentId }) : [];
  if (who.role === 'employer') return who.employerId ? own({ nominatedBy: who.employerId }) : [];
  if (!programId) throw invalid([{ field: 'programId', message: 'is required' }]);
  return withDuplicates(ctx, programId, await listApplications(ctx.db, { programId }));
}

/** Adds an account to the expert pool, or updates its profile. */
export async function registerExpert(ctx: AppContext, who: Principal, input: ExpertBody) {
  const body = expertBody.parse(input);
  return ctx.db.transaction(async (tx) => {
    const row = await upsertExpert(tx, { ...body, createdAt: ctx.clock.now().toISOString() });
    await ctx.audit.record(tx, who, { action: 'program.expert', entity: 'program_expert', entityId: row.id });
    return row;
  });
}

export { listExperts };
