/** Errors of the cockpit (数据驾驶舱). */
import type { ErrorDefinition } from './error-definition.js';

export const COCKPIT_ERRORS = {
  BOLE_COCKPIT_NOT_COMPUTED: {
    status: 404,
    title: { en: 'Figures not computed yet', zh: '该期数据尚未计算' },
    detail: {
      en: 'The cockpit’s figures for {period} have not been computed yet; the talent office refreshes them.',
      zh: '{period} 的驾驶舱数据尚未计算，请人才办先刷新计算。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
