/** Errors of postings and matching. */
import type { ErrorDefinition } from './error-definition.js';

export const MATCHING_ERRORS = {
  BOLE_ALREADY_CONTACTED: {
    status: 409,
    title: { en: 'Already in contact', zh: '已有联系' },
    detail: { en: 'This talent already applied to or was invited for this posting.', zh: '该人才已申请或已被邀请该岗位。' },
  },
  BOLE_POSTING_CLOSED: {
    status: 409,
    title: { en: 'Posting closed', zh: '岗位已截止' },
    detail: { en: 'The posting is closed: it takes no more applications.', zh: '该岗位已截止，不再接受申请。' },
  },
} as const satisfies Record<string, ErrorDefinition>;
