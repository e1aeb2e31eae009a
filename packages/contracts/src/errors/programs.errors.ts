/** Errors of programs and expert review: calls, quotas, conflicts of interest and score sheets. */
import type { ErrorDefinition } from './error-definition.js';

export const PROGRAM_ERRORS = {
  BOLE_CALL_CLOSED: {
    status: 422,
    title: { en: 'The call is not open', zh: '申报不在开放期' },
    detail: {
      en: 'Applications to {program} are accepted from {opensOn} to {closesOn}; nothing was submitted.',
      zh: '{program}的申报时间为 {opensOn} 至 {closesOn}，本次申报未提交。',
    },
  },
  BOLE_QUOTA_FULL: {
    status: 422,
    title: { en: 'Nomination quota used up', zh: '推荐名额已满' },
    detail: {
      en: 'Each nominating body may put forward {quota} applications to {program}; yours has used them all.',
      zh: '每个推荐单位可向{program}推荐 {quota} 项申报，本单位名额已用完。',
    },
  },
  BOLE_CALL_NOT_ELIGIBLE: {
    status: 422,
    title: { en: 'Not eligible for this call', zh: '不符合申报条件' },
    detail: {
      en: 'On the verified facts, the applicant does not meet the conditions of {program}: {unmet}. Nothing was submitted.',
      zh: '根据已核实的信息，申报人不符合{program}的申报条件：{unmet}。本次申报未提交。',
    },
  },
  BOLE_FORMAL_CHECK_STATE: {
    status: 409,
    title: { en: 'Not at that step of the formal check', zh: '形式审查状态不符' },
    detail: {
      en: 'The application is “{status}”; {action} is not possible now. Nothing was changed.',
      zh: '该申报当前为“{status}”，现在不能{action}，未作任何更改。',
    },
  },
  BOLE_ALREADY_APPLIED: {
    status: 409,
    title: { en: 'Already applied', zh: '已申报' },
    detail: { en: 'This talent already has an application to {program}.', zh: '该人才已申报{program}。' },
  },
  BOLE_TOO_MANY_EXCLUSIONS: {
    status: 422,
    title: { en: 'Too many experts to exclude', zh: '申请回避的专家过多' },
    detail: {
      en: 'An applicant may ask to exclude at most {max} experts.',
      zh: '申请人最多可申请 {max} 名专家回避。',
    },
  },
  BOLE_NOT_AN_EXPERT: {
    status: 403,
    title: { en: 'Not in the expert pool', zh: '不在专家库中' },
    detail: { en: 'Only experts of the pool review applications.', zh: '只有专家库中的专家可以评审申报。' },
  },
  BOLE_NOT_ASSIGNED: {
    status: 403,
    title: { en: 'Application not assigned to you', zh: '该申报未分配给您' },
    detail: {
      en: 'You may score only the applications assigned to you; nothing was saved.',
      zh: '您只能为分配给您的申报打分，本次评分未保存。',
    },
  },
  BOLE_SCORING_CLOSED: {
    status: 422,
    title: { en: 'Scoring deadline passed', zh: '评分已截止' },
    detail: {
      en: 'Scores for this application were due by {dueOn}; nothing was saved.',
      zh: '该申报的评分截止日为 {dueOn}，本次评分未保存。',
    },
  },
  BOLE_SCORE_OUTSIDE_SCALE: {
    status: 422,
    title: { en: 'Score outside the scale', zh: '分值超出评分范围' },
    detail: {
      en: 'Each criterion is scored on its scale ({fields}); nothing was saved.',
      zh: '每项评分须在该指标的分值范围内（{fields}），本次评分未保存。',
    },
  },
  BOLE_REVIEW_STARTED: {
    status: 409,
    title: { en: 'Scoring has started', zh: '评分已开始' },
    detail: {
      en: 'Experts have already scored applications of {program}; the assignment can no longer be replaced.',
      zh: '{program}已有专家提交评分，不能再重新分配评审专家。',
    },
  },
  BOLE_NOT_SCORED: {
    status: 409,
    title: { en: 'Not scored yet', zh: '尚未评分' },
    detail: {
      en: 'The panel decides only on applications its experts have scored; nothing was recorded.',
      zh: '评审委员会只能对已有专家评分的申报作出决定，本次决定未记录。',
    },
  },
  BOLE_PROGRAM_BUDGET_EXCEEDED: {
    status: 409,
    title: { en: 'Over the program’s budget', zh: '超出项目预算' },
    detail: {
      en: 'The award of {amount} yuan is more than the {remaining} yuan left of {program}’s budget; nothing was recorded.',
      zh: '资助金额 {amount} 元超过{program}剩余预算 {remaining} 元，本次决定未记录。',
    },
  },
  BOLE_AWARD_LIST_STATE: {
    status: 409,
    title: { en: 'Award list not at that step', zh: '资助名单状态不符' },
    detail: { en: '{why} Nothing was changed.', zh: '{why}未作任何更改。' },
  },
  BOLE_AWARD_NOTICE_CLOSED: {
    status: 409,
    title: { en: 'Public notice closed', zh: '公示已结束' },
    detail: {
      en: 'The public notice of this award {when}; objections are no longer accepted.',
      zh: '该资助公示{when}，不再受理异议。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
