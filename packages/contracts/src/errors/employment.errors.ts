/** Errors of employers and their people: approval, HR users, employment, flexible engagement, demand surveys. */
import type { ErrorDefinition } from './error-definition.js';

/** The end of every refusal of a move the current state does not allow. */
const RELOAD = { en: 'Reload to see its current state.', zh: '请刷新查看最新状态。' } as const;

export const EMPLOYMENT_ERRORS = {
  BOLE_EMPLOYER_NOT_APPROVED: {
    status: 403,
    title: { en: 'Employer not approved yet', zh: '单位尚未通过审核' },
    detail: {
      en: 'Your employer registration is {status}. Until the talent office approves it you cannot {action}.',
      zh: '贵单位注册{status}，人才办审核通过前不能{action}。',
    },
  },
  BOLE_EMPLOYER_REVIEW_STATE: {
    status: 409,
    title: { en: 'Not awaiting approval', zh: '不在待审核状态' },
    detail: {
      en: 'This employer is {status}; only a pending registration can be approved or rejected. {reload}',
      zh: '该单位{status}，只有待审核的注册才能审核。{reload}',
    },
    defaults: { reload: RELOAD },
  },
  BOLE_PRIMARY_HR_ONLY: {
    status: 403,
    title: { en: 'Only the registering account', zh: '仅限单位注册账号' },
    detail: {
      en: 'Only the account the employer registered with (its credit code) invites and disables HR users.',
      zh: '只有单位注册账号（统一社会信用代码登录）才能邀请或停用人事专员。',
    },
  },
  BOLE_EMPLOYMENT_OPEN: {
    status: 409,
    title: { en: 'Employment already named', zh: '已有在职申报' },
    detail: {
      en: 'You already have an employment {status} with {employer}; end or withdraw it before naming another employer.',
      zh: '您已有{status}的在职申报（{employer}），请先结束或撤回后再申报新单位。',
    },
  },
  BOLE_EMPLOYMENT_STATE: {
    status: 409,
    title: { en: 'Not possible in this state', zh: '当前状态不能办理' },
    detail: { en: 'This employment is {status}; {refusal}. {reload}', zh: '该在职申报{status}，{refusal}。{reload}' },
    defaults: { reload: RELOAD },
  },
  BOLE_CHECKIN_TWICE: {
    status: 409,
    title: { en: 'Already checked in that day', zh: '当日已签到' },
    detail: { en: 'The expert already has a check-in on {day}; at most one a day counts.', zh: '该专家 {day} 已有签到记录，每天只计一次。' },
  },
  BOLE_CHECKIN_OUTSIDE: {
    status: 422,
    title: { en: 'Outside the engagement', zh: '不在合作期内' },
    detail: {
      en: '{day} is outside the engagement ({start} to {end}); only days inside it count as days on site.',
      zh: '{day} 不在合作期（{start} 至 {end}）内，不能计为在岗天数。',
    },
  },
  BOLE_CHECKIN_STATE: {
    status: 409,
    title: { en: 'Check-in already decided', zh: '签到已处理' },
    detail: {
      en: 'This check-in is {status}; only a pending one can be confirmed or declined. {reload}',
      zh: '该签到{status}，只有待确认的签到可以确认或驳回。{reload}',
    },
    defaults: { reload: RELOAD },
  },
  BOLE_ENGAGEMENT_ENDED: {
    status: 409,
    title: { en: 'Engagement ended', zh: '合作已结束' },
    detail: { en: 'This engagement ended on {end}; it cannot change any more.', zh: '该柔性合作已于 {end} 结束，不能再修改。' },
  },
  BOLE_NOT_SURVEYED: {
    status: 422,
    title: { en: 'Employer not surveyed', zh: '单位不在摸排范围' },
    detail: {
      en: 'The survey “{survey}” was not sent to this employer (its chains: {chains}); no answer can be recorded for it.',
      zh: '需求摸排“{survey}”未发给该单位（摸排产业链：{chains}），不能为其录入答卷。',
    },
  },
  BOLE_SURVEY_CLOSED: {
    status: 409,
    title: { en: 'Survey closed', zh: '摸排已截止' },
    detail: { en: 'The survey “{survey}” closed on {deadline}; answers are no longer accepted.', zh: '需求摸排“{survey}”已于 {deadline} 截止，不再接收答卷。' },
  },
  BOLE_IMPORT_ROWS: {
    status: 422,
    title: { en: 'Rows with errors', zh: '导入文件有错误行' },
    detail: {
      en: '{count} row(s) of the file have errors; nothing was imported. Fix the rows named below and import the file again.',
      zh: '文件中有 {count} 行存在错误，未导入任何数据。请按下列提示修改后重新导入。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
