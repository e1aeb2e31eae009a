/** Errors of the recognition and application workflows. */
import type { ErrorDefinition } from './error-definition.js';

/** The end of every refusal of a move the current state does not allow. */
const RELOAD = { en: 'Reload to see its current state.', zh: '请刷新查看最新状态。' } as const;

export const WORKFLOW_ERRORS = {
  BOLE_RECOGNITION_OPEN: {
    status: 409,
    title: { en: 'Recognition already in progress', zh: '已有进行中的认定' },
    detail: { en: 'This talent already has a recognition in progress; continue that one.', zh: '该人才已有进行中的认定申请，请继续办理该申请。' },
  },
  BOLE_RECOGNITION_STATE: {
    status: 409,
    title: { en: 'Not possible in this state', zh: '当前状态不能办理' },
    detail: { en: 'This recognition is {status}; {refusal}.', zh: '该认定当前状态为“{status}”，{refusal}。' },
  },
  BOLE_NO_TIER: {
    status: 422,
    title: { en: 'No tier', zh: '不符合任何人才层次' },
    detail: {
      en: 'Under the classification rules in force on {at} the stored profile qualifies for no talent tier (A–E). Complete the profile (degree, title, skill level, honours) and try again.',
      zh: '按 {at} 生效的人才分类目录，档案信息不符合任何人才层次（A–E）。请完善学历、职称、技能等级或荣誉后再申请。',
    },
  },
  BOLE_EVIDENCE_MISSING: {
    status: 422,
    title: { en: 'Evidence missing', zh: '缺少证明材料' },
    detail: { en: 'Attach the missing evidence before submitting: {kinds}.', zh: '提交前请补充以下证明材料：{kinds}。' },
  },
  BOLE_NOTICE_CLOSED: {
    status: 409,
    title: { en: 'Public notice closed', zh: '公示已结束' },
    detail: {
      en: 'The public notice of this recognition {when}; objections are no longer accepted.',
      zh: '该认定公示{when}，不再受理异议。',
    },
  },
  BOLE_OBJECTION_RESOLVED: {
    status: 409,
    title: { en: 'Objection already resolved', zh: '异议已处理' },
    detail: { en: 'This objection was already {outcome}.', zh: '该异议已处理（{outcome}）。' },
  },
  BOLE_NOTICE_RUNNING: {
    status: 409,
    title: { en: 'Public notice still running', zh: '公示尚未结束' },
    detail: {
      en: 'The public notice runs until {until}; the tier can be granted from the next day.',
      zh: '公示期至 {until}，公示结束后方可办结。',
    },
  },
  BOLE_OPEN_OBJECTIONS: {
    status: 409,
    title: { en: 'Open objections', zh: '有未办结的异议' },
    detail: { en: 'Resolve the open objections before granting the tier.', zh: '请先处理未办结的异议，再办结认定。' },
  },
  BOLE_FUTURE_DATE: {
    status: 422,
    title: { en: 'Date in the future', zh: '日期在未来' },
    detail: { en: 'The sweep cannot run as of a future date ({at}); today is {today}.', zh: '不能按未来日期（{at}）办结，今天是 {today}。' },
  },
  BOLE_NOT_APPLICABLE: {
    status: 422,
    title: { en: 'Nothing to apply for', zh: '无需申请' },
    detail: { en: '“{policy}” {how}; there is nothing to apply for.', zh: '“{policy}”{how}。' },
  },
  BOLE_NOT_ELIGIBLE: {
    status: 422,
    title: { en: 'Not eligible', zh: '不符合申请条件' },
    detail: { en: 'You cannot apply for “{policy}” on {at}: {why}.', zh: '{at} 您不能申请「{policy}」：{why}。' },
  },
  BOLE_APPLICATION_EXISTS: {
    status: 409,
    title: { en: 'Application already exists', zh: '已有申请' },
    detail: { en: 'You already have {which} application for this policy; {next}.', zh: '您已有该政策的{which}申请，{next}。' },
  },
  BOLE_APPLICATION_STATE: {
    status: 409,
    title: { en: 'Not possible in this state', zh: '当前状态不能办理' },
    detail: {
      en: `This application {why}; "{action}" is not possible now (it is {status}). ${RELOAD.en}`,
      zh: `该申请{why}，当前状态为“{status}”，不能执行此操作。${RELOAD.zh}`,
    },
  },
  BOLE_ALREADY_APPEALED: {
    status: 409,
    title: { en: 'Already appealed', zh: '已申诉过' },
    detail: {
      en: `This application was already appealed once; "{action}" is not possible now (it is {status}). ${RELOAD.en}`,
      zh: `该申请已申诉过一次，当前状态为“{status}”，不能执行此操作。${RELOAD.zh}`,
    },
  },
  BOLE_APPLICATION_PAUSED: {
    status: 409,
    title: { en: 'Review paused', zh: '审核已暂停' },
    detail: {
      en: `This application is waiting for the applicant’s evidence (the review is paused); "{action}" is not possible now (it is {status}). ${RELOAD.en}`,
      zh: `该申请正等待申请人补充材料（审核已暂停），当前状态为“{status}”，不能执行此操作。${RELOAD.zh}`,
    },
  },
  BOLE_STALE_VERSION: {
    status: 409,
    title: { en: 'Changed meanwhile', zh: '已被他人处理' },
    detail: {
      en: 'Someone changed this application since you opened it (version {expected}, now {current}). Reload and decide again.',
      zh: '您打开后该申请已被他人处理，请刷新后重新办理。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
