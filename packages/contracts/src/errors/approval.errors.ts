/** Errors of four-eyes work (maker–checker): a second person confirms what the first prepared. */
import type { ErrorDefinition } from './error-definition.js';

export const APPROVAL_ERRORS = {
  BOLE_SAME_OFFICER: {
    status: 403,
    title: { en: 'A second officer must confirm', zh: '须由另一名工作人员复核' },
    detail: {
      en: 'You prepared this {what}; another officer must confirm it (four eyes on money).',
      zh: '该{what}由您本人发起，须由另一名工作人员复核确认（资金事项双人复核）。',
    },
  },
  BOLE_BATCH_NOT_APPROVED: {
    status: 409,
    title: { en: 'Batch not approved', zh: '批次尚未复核' },
    detail: {
      en: 'The {period} payment batch has not been approved by a second officer; it cannot go to the finance bureau yet.',
      zh: '{period} 发放批次尚未经另一名工作人员复核，暂不能交付财政局。',
    },
  },
  BOLE_SWEEP_NOT_PREVIEW: {
    status: 409,
    title: { en: 'Not a preview awaiting confirmation', zh: '不是待确认的预览' },
    detail: {
      en: 'This sweep is {state}; only a finished preview can be confirmed.',
      zh: '该批量比对{state}，只有已生成的预览可以确认。',
    },
  },
  BOLE_SWEEP_STALE: {
    status: 409,
    title: { en: 'Preview no longer holds', zh: '预览已不再有效' },
    detail: {
      en: 'Since the preview of {at}, {why}; nothing was written. Run a new preview and have it confirmed.',
      zh: '{at} 的预览生成后，{why}；未写入任何待遇。请重新生成预览并复核确认。',
    },
  },
  BOLE_SWEEP_FUTURE: {
    status: 422,
    title: { en: 'A future sweep can only be previewed', zh: '未来日期只能预览' },
    detail: {
      en: 'The sweep is dated {at}, after today ({today}); it can be previewed but not confirmed before that day.',
      zh: '该批量比对日期为 {at}，晚于今天（{today}）；只能预览，到当日方可确认执行。',
    },
  },
  BOLE_APPROVAL_NOT_PENDING: {
    status: 409,
    title: { en: 'No longer awaiting approval', zh: '已不在待复核状态' },
    detail: {
      en: 'This {kind} request is {state}; only a request awaiting a second approver can be approved, rejected or withdrawn.',
      zh: '该{kind}申请{state}，只有待第二人复核的申请可以复核通过、驳回或撤回。',
    },
  },
  BOLE_APPROVAL_PENDING: {
    status: 409,
    title: { en: 'Already awaiting a second approver', zh: '已有待复核的申请' },
    detail: {
      en: 'A {kind} request for this is already awaiting a second approver; it must be approved, rejected or withdrawn first.',
      zh: '已有一项{kind}申请待第二人复核，须先复核通过、驳回或撤回。',
    },
  },
  BOLE_APPROVAL_NOT_MAKER: {
    status: 403,
    title: { en: 'Not your request', zh: '不是您发起的申请' },
    detail: {
      en: 'Only the person who made this request can withdraw it; a second approver approves or rejects it.',
      zh: '只有发起人可以撤回该申请；复核人可以复核通过或驳回。',
    },
  },
  BOLE_APPROVAL_NOT_IN_REMIT: {
    status: 403,
    title: { en: 'Not yours to approve', zh: '不在您的复核范围内' },
    detail: {
      en: 'This {kind} request is approved by {who}.',
      zh: '该{kind}申请须由{who}复核。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
