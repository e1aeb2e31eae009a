/**
 * Names of the conflict-of-interest rules and relations, and the sentence that tells an officer
 * why no reviewer assignment exists and what would fix it.
 */
import type { ConflictRuleCode, ExpertRelation } from '../programs.schema.js';
import type { DuplicateReason, FormalCheckStatus, ProgramStage, ReviewRoundKind } from '../program-review.schema.js';
import type { AwardOutcome } from '../program-award.schema.js';
import type { Bilingual } from './bilingual.js';

/** Why an expert may not review an application (回避事由). */
export const CONFLICT_RULE_LABELS: Record<ConflictRuleCode, Bilingual> = {
  same_employer: { zh: '与申请人同一工作单位', en: 'same current employer as the applicant' },
  recent_employer: { zh: '近年曾在申请人单位工作', en: "worked at the applicant's employer in recent years" },
  recent_co_applicant: { zh: '近年与申请团队共同申报项目', en: 'applied together with the applicant or the team in recent years' },
  declared_relation: { zh: '申报的亲属或师生关系', en: 'declared relative, supervisor or student' },
  requested_exclusion: { zh: '申请人要求回避', en: 'the applicant asked to exclude this expert' },
};

/** Where an application stands in the office's formal check (形式审查). */
export const FORMAL_CHECK_STATUS_LABELS: Record<FormalCheckStatus, Bilingual> = {
  pending: { zh: '待形式审查', en: 'Awaiting formal check' },
  returned: { zh: '退回补正', en: 'Returned for completion' },
  passed: { zh: '形式审查通过', en: 'Formal check passed' },
};

/** The kind of a review round. */
export const REVIEW_ROUND_KIND_LABELS: Record<ReviewRoundKind, Bilingual> = {
  written: { zh: '通讯评审', en: 'written review' },
  pitch: { zh: '路演评审', en: 'pitch round' },
};

/** The panel's decision on an application. */
export const AWARD_OUTCOME_LABELS: Record<AwardOutcome, Bilingual> = {
  awarded: { zh: '予以资助', en: 'awarded' },
  not_awarded: { zh: '不予资助', en: 'not awarded' },
};

/** Where an application stands, as its applicant follows it (我的申报). */
export const PROGRAM_STAGE_LABELS: Record<ProgramStage, Bilingual> = {
  formal_check: { zh: '待形式审查', en: 'Awaiting formal check' },
  returned: { zh: '退回补正', en: 'Returned for completion' },
  awaiting_review: { zh: '形式审查通过，待专家评审', en: 'Formal check passed, awaiting expert review' },
  under_review: { zh: '专家评审中', en: 'Under expert review' },
  reviewed: { zh: '评审完成，待立项决定', en: 'Reviewed, awaiting the decision' },
};

/** Why the office is shown another application beside this one. */
export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, Bilingual> = {
  similar_title: { zh: '同一申请人、项目名称相近', en: 'same applicant, similar project title' },
  open_call: { zh: '同一申请人在其他开放批次中申报', en: 'same applicant in another open call' },
};

/** A relation an expert declares. */
export const EXPERT_RELATION_LABELS: Record<ExpertRelation, Bilingual> = {
  relative: { zh: '亲属', en: 'relative' },
  supervisor: { zh: '导师', en: 'supervisor' },
  student: { zh: '学生', en: 'student' },
};

/** The figures of a shortfall, as the assignment's diagnosis gives them. */
export interface ShortfallFigures {
  readonly field: string;
  readonly applications: number;
  readonly neededReviews: number;
  readonly eligibleReviewers: number;
  readonly availableReviews: number;
  readonly raiseLoadTo: number | null;
  readonly addReviewers: number;
}

/**
 * "12 applications in 航空动力 need 36 reviews; 9 eligible reviewers can give 27: raise their
 * load to 4 or add 3 reviewers" — in both languages.
 */
export function shortfallSentence(f: ShortfallFigures): Bilingual {
  const zhFix =
    f.raiseLoadTo === null ? `增加 ${f.addReviewers} 名无回避的评审专家` : `将其评审上限提高到 ${f.raiseLoadTo} 份，或增加 ${f.addReviewers} 名评审专家`;
  const enFix =
    f.raiseLoadTo === null
      ? `add ${f.addReviewers} reviewer${f.addReviewers === 1 ? '' : 's'} without a conflict`
      : `raise their load to ${f.raiseLoadTo} or add ${f.addReviewers} reviewer${f.addReviewers === 1 ? '' : 's'}`;
  return {
    zh: `${f.field} 领域 ${f.applications} 份申请需要 ${f.neededReviews} 份评审；${f.eligibleReviewers} 名无回避的专家最多可评 ${f.availableReviews} 份：请${zhFix}。`,
    en: `${f.applications} application${f.applications === 1 ? '' : 's'} in ${f.field} need${f.applications === 1 ? 's' : ''} ${f.neededReviews} reviews; ${f.eligibleReviewers} eligible reviewers can give ${f.availableReviews}: ${enFix}.`,
  };
}
