/** Errors of policy versions, the calculator, the sweep and budgets. */
import type { ErrorDefinition } from './error-definition.js';

export const POLICY_ERRORS = {
  BOLE_POLICY_INVALID: {
    status: 400,
    title: { en: 'Invalid policy YAML', zh: '政策 YAML 有错误' },
    detail: {
      en: '{prefix}The policy YAML has {count} error(s); the first is at line {line}, column {column}: {message}',
      zh: '{prefix}政策 YAML 有 {count} 处错误，第一处在第 {line} 行第 {column} 列：{message}',
    },
    defaults: { prefix: '' },
  },
  BOLE_POLICY_NOT_DRAFT: {
    status: 409,
    title: { en: 'Not a draft', zh: '不是草稿' },
    detail: { en: 'Version {version} {state}; only a draft can be published.', zh: '第 {version} 版{state}，只有草稿可以发布。' },
  },
  BOLE_POLICY_EFFECTIVE_DATE: {
    status: 422,
    title: { en: 'Effective date too early', zh: '生效日期过早' },
    detail: { en: 'effectiveFrom must be {bound}.', zh: '生效日期{bound}。' },
  },
  BOLE_POLICY_NO_EXAMPLES: {
    status: 422,
    title: { en: 'Policy without examples', zh: '政策没有示例' },
    detail: {
      en: 'Cannot publish: the policy has no example cases; add at least one under examples.',
      zh: '无法发布：该政策没有示例用例，请在 examples 下至少添加一个。',
    },
  },
  BOLE_POLICY_EXAMPLES_FAILED: {
    status: 422,
    title: { en: 'Examples fail', zh: '示例未通过' },
    detail: {
      en: 'Cannot publish: {failed} of {total} example(s) fail: {examples}',
      zh: '无法发布：{total} 个示例中有 {failed} 个未通过：{examples}',
    },
  },
  BOLE_POLICY_IN_EFFECT: {
    status: 409,
    title: { en: 'Version already in effect', zh: '版本已生效' },
    detail: {
      en: 'Version {version} took effect on {date}; publish a new version instead of retiring it.',
      zh: '第 {version} 版已于 {date} 生效，请发布新版本而不是停用。',
    },
  },
  BOLE_POLICY_RETIRED: {
    status: 409,
    title: { en: 'Version already retired', zh: '版本已停用' },
    detail: { en: 'Version {version} is already retired.', zh: '第 {version} 版已停用。' },
  },
  BOLE_POLICY_NONE_IN_FORCE: {
    status: 422,
    title: { en: 'No policy in force', zh: '没有生效的政策' },
    detail: { en: 'No policy pack is in force on {at}.', zh: '{at} 没有生效的政策。' },
  },
  BOLE_NO_POLICY_PACK: {
    status: 409,
    title: { en: 'No policy pack to sweep', zh: '没有可比对的政策包' },
    detail: { en: 'No policy pack is in force on {at}; publish the policies first.', zh: '{at} 没有生效的政策包，请先发布政策。' },
  },
  BOLE_SWEEP_RUNNING: {
    status: 409,
    title: { en: 'Sweep already running', zh: '批量比对正在运行' },
    detail: { en: 'A sweep is already running; wait for it to finish.', zh: '已有一次免申即享批量比对正在运行，请等待其完成。' },
  },
  BOLE_BUDGET_BELOW_COMMITTED: {
    status: 409,
    title: { en: 'Budget below commitments', zh: '预算低于已承诺金额' },
    detail: {
      en: 'The {year} budget of {policy} cannot be set below what is already committed ({yuan} yuan to {people} people).',
      zh: '{policy} 的 {year} 年预算不能低于已承诺的金额（{yuan} 元，{people} 人）。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
