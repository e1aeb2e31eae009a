/** Names of the states and modes of employers' people, employment and flexible engagement. */
import type { EmployerStatus, EmploymentStatus, GatedEmployerAction } from '../employment.schema.js';
import type { CheckinMethod, CheckinStatus, FlexMode } from '../engagement.schema.js';
import type { DemandEngagementMode, DemandSource, SurveyAnswerSource } from '../survey.schema.js';
import { ENGAGEMENT_KIND_LABELS } from './vocabulary.labels.js';
import { EMPLOYER_FIELD_LABELS } from './profile.labels.js';
import type { Bilingual } from './bilingual.js';

/** Where an employer's registration stands. */
export const EMPLOYER_STATUS_LABELS: Record<EmployerStatus, Bilingual> = {
  pending: { zh: '待审核', en: 'awaiting approval' },
  approved: { zh: '已通过', en: 'approved' },
  rejected: { zh: '未通过', en: 'rejected' },
};

/** What an unapproved employer cannot do yet. */
export const GATED_EMPLOYER_ACTION_LABELS: Record<GatedEmployerAction, Bilingual> = {
  confirm_employment: { zh: '确认员工在职', en: 'confirm employees’ employment' },
  invite_hr_users: { zh: '邀请人事专员', en: 'invite HR users' },
  record_engagements: { zh: '登记柔性引才合作和签到', en: 'record flexible engagements and check-ins' },
  answer_surveys: { zh: '填报需求摸排', en: 'answer demand surveys' },
};

/** Where an employment named by a talent stands. */
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, Bilingual> = {
  pending: { zh: '待单位确认', en: 'awaiting the employer' },
  confirmed: { zh: '单位已确认', en: 'confirmed by the employer' },
  declined: { zh: '单位未确认', en: 'declined by the employer' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  ended: { zh: '已离职', en: 'ended' },
};

/** Modes of flexible engagement. */
export const FLEX_MODE_LABELS: Record<FlexMode, Bilingual> = ENGAGEMENT_KIND_LABELS;

/** How a check-in was made. */
export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, Bilingual> = {
  code_scan: { zh: '单位扫人才码', en: 'talent code scanned by the employer' },
  self: { zh: '专家自行签到', en: 'checked in by the expert' },
};

/** Where a check-in stands. */
export const CHECKIN_STATUS_LABELS: Record<CheckinStatus, Bilingual> = {
  pending: { zh: '待单位确认', en: 'awaiting the employer' },
  confirmed: { zh: '已确认', en: 'confirmed' },
  declined: { zh: '未确认', en: 'declined' },
};

/** How demanded people would work: full time or a flexible mode. */
export const DEMAND_ENGAGEMENT_MODE_LABELS: Record<DemandEngagementMode, Bilingual> = ENGAGEMENT_KIND_LABELS;

/** The columns of a demand survey's answer sheet (one row per demanded post). */
export const DEMAND_RECORD_FIELD_LABELS = {
  creditCode: EMPLOYER_FIELD_LABELS.creditCode,
  subField: { zh: '细分领域', en: 'sub-field' },
  title: { zh: '岗位名称', en: 'post title' },
  headcount: { zh: '需求人数', en: 'headcount' },
  minDegree: { zh: '最低学历', en: 'minimum degree' },
  salaryMin: { zh: '月薪下限（元）', en: 'monthly salary from (yuan)' },
  salaryMax: { zh: '月薪上限（元）', en: 'monthly salary to (yuan)' },
  district: { zh: '工作地点（区县）', en: 'place of work (district)' },
  engagementMode: { zh: '用工方式', en: 'engagement mode' },
} as const satisfies Record<string, Bilingual>;

/** Where a survey answer came from. */
export const SURVEY_ANSWER_SOURCE_LABELS: Record<SurveyAnswerSource, Bilingual> = {
  online: { zh: '单位在线填报', en: 'answered online by the employer' },
  import: { zh: '人才办导入线下答卷', en: 'imported by the talent office from an offline answer' },
};

/** Where a demand record comes from (the office's demand-records screen and its Excel file). */
export const DEMAND_SOURCE_LABELS: Record<DemandSource, Bilingual> = {
  posting: { zh: '在招岗位', en: 'open posting' },
  ...SURVEY_ANSWER_SOURCE_LABELS,
};
