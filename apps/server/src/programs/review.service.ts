/**
 * Expert review of a program's applications: the assignment run (conflicts of interest by the
 * versioned rules, then the optimal or seeded randomised solver — or the diagnosis of why no
 * assignment exists), the experts' score sheets with their deadline in working days, and the
 * office's summary (z-scores per reviewer, trimmed means, disagreement flags, ranking).
 */
import { DEFAULT_CONFLICT_RULES, PITCH_JUDGES, shortfallSentence, type AssignmentOutcome, type Bilingual } from '@bole/contracts';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid } from '../http/errors.js';
import { findConflicts, type ExpertProfile, type ReviewedApplication } from './conflicts/conflict.rules.js';
import { solveAssignment } from './assignment/assignment.solver.js';
import { solveRandomisedAssignment } from './assignment/assignment.randomised.js';
import type { AssignmentProblem } from './assignment/assignment.types.js';
import { checkScores, summarise } from './scoring/scoring.rules.js';
import { getProgram } from './program.service.js';
import {
  findExpertOfUser,
  findReviewWithProgram,
  listApplications,
  listExperts,
  listReviewsOfExpert,
  listScoredReviews,
  lockReview,
  programHasScores,
  replaceReviews,
  saveScores,
  type ExpertRow,
} from './program.repository.js';

/** The caller's expert profile, or 403. */
async function expertOf(ctx: AppContext, who: Principal): Promise<ExpertRow> {
  const expert = await findExpertOfUser(ctx.db, who.userId);
  if (!expert) throw fail('BOLE_NOT_AN_EXPERT');
  return expert;
}

/** The solver's problem and the conflicts behind its excluded pairs, from the stored program. */
async function reviewProblem(ctx: AppContext, programId: string, reviewDate: string) {
  const program = await getProgram(ctx, programId);
  const [all, experts] = await Promise.all([listApplications(ctx.db, { programId }), listExperts(ctx.db)]);
  const applications = all.filter((a) => a.formalStatus === 'passed');
  const notFormallyChecked = all.filter((a) => a.formalStatus !== 'passed').map((a) => ({ applicationId: a.id, title: a.title, formalStatus: a.formalStatus }));
  const profiles: ExpertProfile[] = experts.map((e) => ({ ...e, personId: e.talentId ?? e.userId }));
  const reviewed: ReviewedApplication[] = applications.map((a) => ({
    id: a.id,
    employerId: a.employerId,
    personIds: [a.talentId, ...a.teamTalentIds],
    requestedExclusions: a.excludedExpertIds,
  }));
  const exclusions = findConflicts(DEFAULT_CONFLICT_RULES, profiles, reviewed, reviewDate);
  const problem: AssignmentProblem = {
    applications: applications.map((a) => ({ id: a.id, fields: a.fields })),
    reviewers: experts.map((e) => ({ id: e.id, fields: e.fields, ...(e.maxLoad === null ? {} : { maxLoad: e.maxLoad }) })),
    reviewersPerApplication: program.reviewPlan.reviewersPerApplication,
    maxLoad: program.reviewPlan.maxLoad,
    excluded: exclusions.map((x) => ({ applicationId: x.applicationId, reviewerId: x.expertId })),
  };
  return { program, problem, exclusions, notFormallyChecked };
}

/**
 * Assigns k experts to every application of the program that passed its formal check (the others
 * are listed as not yet formally checked and get no reviewer), none with a conflict, none over its
 * load, maximising field match (or at random under a probability cap per pair, seeded), and
 * stores it with the scoring deadline; when none exists, says why and what would fix it and
 * stores nothing. Refused once any expert has scored (the assignment is then fixed).
 */
export async function runAssignment(
  ctx: AppContext,
  who: Principal,
  programId: string,
  options: { randomised?: { maxProbability: number; seed: number } | undefined },
): Promise<AssignmentOutcome> {
  const today = businessDate(ctx.clock.now());
  const { program, problem, exclusions, notFormallyChecked } = await reviewProblem(ctx, programId, today);
  if (await programHasScores(ctx.db, program.id)) throw fail('BOLE_REVIEW_STARTED', { program: program.name });
  const result = options.randomised ? await solveRandomisedAssignment(problem, options.randomised) : await solveAssignment(problem);
  if (!result.feasible) {
    if ('capTooLow' in result) {
      const sentence: Bilingual = {
        zh: `概率上限 ${result.maxProbability} 过低：${result.applicationsTooFewReviewers.length} 份申请的无回避专家不足 k ÷ 上限 名。`,
        en: `The cap ${result.maxProbability} is too low: ${result.applicationsTooFewReviewers.length} applications have fewer than k ÷ cap reviewers without a conflict.`,
      };
      return {
        feasible: false,
        missingReviews: 0,
        raiseLoadTo: null,
        addReviewers: 0,
        byField: [],
        thinApplications: [],
        sentences: [sentence],
        exclusions,
        notFormallyChecked,
      };
    }
    const d = result.diagnosis;
    const sentences = d.byField.map((f) => shortfallSentence({ ...f, raiseLoadTo: d.raiseLoadTo, addReviewers: d.addReviewers }));
    return {
      feasible: false,
      missingReviews: d.missingReviews,
      raiseLoadTo: d.raiseLoadTo,
      addReviewers: d.addReviewers,
      byField: [...d.byField],
      thinApplications: [...d.thinApplications],
      sentences,
      exclusions,
      notFormallyChecked,
    };
  }
  const dueOn = ctx.calendar.current().addWorkingDays(today, program.reviewPlan.scoringWorkingDays);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const rows = result.assignments.flatMap((a) => a.reviewerIds.map((expertId) => ({ applicationId: a.applicationId, expertId, dueOn, assignedAt: at })));
    await replaceReviews(tx, program.id, rows);
    await ctx.audit.record(tx, who, {
      action: 'program.assign',
      entity: 'program',
      entityId: program.id,
      detail: { reviews: rows.length, exclusions: exclusions.length, ruleSet: DEFAULT_CONFLICT_RULES.version, randomised: options.randomised ?? null },
    });
  });
  return {
    feasible: true,
    dueOn,
    assignments: result.assignments.map((a) => ({ ...a, reviewerIds: [...a.reviewerIds] })),
    totalMatch: result.totalMatch,
    exclusions,
    notFormallyChecked,
  };
}

/** The applications assigned to the calling expert, with the criteria and their sheet so far. */
export async function myReviews(ctx: AppContext, who: Principal) {
  const expert = await expertOf(ctx, who);
  const rows = await listReviewsOfExpert(ctx.db, expert.id);
  return rows.map(({ review, application, program }) => ({
    applicationId: application.id,
    programId: program.id,
    programName: program.name,
    title: application.title,
    fields: application.fields,
    dueOn: review.dueOn,
    criteria: program.reviewPlan.criteria,
    scores: review.scores,
    submittedAt: review.submittedAt,
  }));
}

/**
 * Saves the calling expert's scores for an application. Refused with nothing written: not
 * assigned to them (403, `applicationId`), after the deadline (`dueOn`), a score outside its
 * criterion's scale (`scores.<criterion>`), a criterion missing or unknown.
 */
export async function submitScores(ctx: AppContext, who: Principal, applicationId: string, scores: Record<string, number>): Promise<void> {
  const expert = await expertOf(ctx, who);
  const found = await findReviewWithProgram(ctx.db, applicationId, expert.id);
  if (!found) throw fail('BOLE_NOT_ASSIGNED', {}, [{ field: 'applicationId', message: 'is not assigned to you' }]);
  const today = businessDate(ctx.clock.now());
  if (today > found.review.dueOn) {
    throw fail('BOLE_SCORING_CLOSED', { dueOn: found.review.dueOn }, [{ field: 'dueOn', message: `scores were due by ${found.review.dueOn}` }]);
  }
  const criteria = found.program.reviewPlan.criteria;
  const problems = checkScores(criteria, scores);
  const outside = problems.filter((p) => p.problem === 'outside_scale');
  if (outside.length > 0) {
    const errors = outside.map((p) => {
      const c = criteria.find((x) => `scores.${x.id}` === p.field)!;
      return { field: p.field, message: `must be between ${c.min} and ${c.max}` };
    });
    throw fail('BOLE_SCORE_OUTSIDE_SCALE', { fields: errors.map((e) => `${e.field} ${e.message}`).join('; ') }, errors);
  }
  if (problems.length > 0)
    throw invalid(problems.map((p) => ({ field: p.field, message: p.problem === 'missing' ? 'is required' : 'is not a criterion of this program' })));
  await ctx.db.transaction(async (tx) => {
    await lockReview(tx, applicationId, expert.id);
    await saveScores(tx, applicationId, expert.id, scores, ctx.clock.now().toISOString());
    await ctx.audit.record(tx, who, { action: 'program.score', entity: 'program_application', entityId: applicationId });
  });
}

/** The office's score sheet of a program: raw totals, z-scores, trimmed means (a pitch drops its top and bottom judge), flags, ranking. */
export async function scoreSummary(ctx: AppContext, programId: string) {
  const program = await getProgram(ctx, programId);
  const rows = await listScoredReviews(ctx.db, program.id);
  const plan = program.reviewPlan;
  const lines = summarise(
    plan.criteria,
    rows.map((r) => ({ applicationId: r.applicationId, reviewerId: r.expertId, scores: r.scores ?? {} })),
    // A pitch round's 5 judges: the highest and the lowest are dropped once all have scored.
    { trimFrom: plan.kind === 'pitch' ? PITCH_JUDGES : plan.trimFrom, disagreementAbove: plan.disagreementAbove, rankBy: 'trimmedMean' },
  );
  const titles = new Map(rows.map((r) => [r.applicationId, r.title]));
  const names = new Map(rows.map((r) => [r.expertId, r.reviewerName]));
  return {
    programId: program.id,
    lines: lines.map((l) => ({
      ...l,
      title: titles.get(l.applicationId) ?? '',
      sheets: l.sheets.map((s) => ({ ...s, reviewerName: names.get(s.reviewerId) ?? '' })),
    })),
  };
}
