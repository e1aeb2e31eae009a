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
  BOLE_COCKPIT_REFRESHING: {
    status: 409,
    title: { en: 'A refresh is running', zh: '驾驶舱数据正在刷新' },
    detail: {
      en: 'The cockpit’s figures are being refreshed right now; follow that refresh and try again when it ends.',
      zh: '驾驶舱数据正在刷新计算，请等待本次刷新完成后再试。',
    },
  },
  BOLE_COCKPIT_REFRESH_NOT_FOUND: {
    status: 404,
    title: { en: 'No such refresh', zh: '未找到该刷新任务' },
    detail: { en: 'There is no cockpit refresh {id}.', zh: '不存在编号为 {id} 的驾驶舱刷新任务。' },
  },
} as const satisfies Record<string, ErrorDefinition>;
