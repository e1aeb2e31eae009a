/** The money and service screens' charts as tables for their Excel export (money in yuan). */
import type { AppContext } from '../platform/context.js';
import type { TableSheet } from '../platform/table-workbook.js';
import { departmentName } from '../city/city-file.js';
import { cockpitMoney, cockpitService } from './cockpit-performance.service.js';

const yuan = (fen: number): number => fen / 100;
const MONEY = ['预算（元）Budget (yuan)', '已承诺（元）Committed (yuan)', '已支付（元）Paid (yuan)', '排队中（元）Queued (yuan)', '排队笔数 Queued lines'];
const deptName = (ctx: AppContext, code: string | null): string => {
  if (code === null) return '—';
  const n = departmentName(ctx.city, code);
  return `${n.zh} ${n.en}`;
};
const money = (m: { annualFen: number; committedFen: number; paidFen: number; queuedFen: number; queuedLines: number }) => [
  yuan(m.annualFen),
  yuan(m.committedFen),
  yuan(m.paidFen),
  yuan(m.queuedFen),
  m.queuedLines,
];

export async function moneyPoliciesChart(ctx: AppContext, period: string): Promise<TableSheet> {
  const m = await cockpitMoney(ctx, period);
  return {
    name: `资金-政策 ${m.year}`,
    headers: ['政策 Policy', '部门 Department', ...MONEY],
    rows: m.policies.map((p) => [`${p.title.zh} ${p.title.en}`, deptName(ctx, p.department), ...money(p)]),
  };
}

export async function moneyDepartmentsChart(ctx: AppContext, period: string): Promise<TableSheet> {
  const m = await cockpitMoney(ctx, period);
  return { name: `资金-部门 ${m.year}`, headers: ['部门 Department', ...MONEY], rows: m.departments.map((d) => [deptName(ctx, d.department), ...money(d)]) };
}

export async function moneyMonthsChart(ctx: AppContext, period: string): Promise<TableSheet> {
  const m = await cockpitMoney(ctx, period);
  return {
    name: '资金-月度',
    headers: ['月份 Month', ...MONEY.slice(1)],
    rows: m.months.map((r) => [r.month, yuan(r.committedFen), yuan(r.paidFen), yuan(r.queuedFen), r.queuedLines]),
  };
}

const SERVICE = ['部门 Department', '办结 Done', '按时 On time', '按时率% On-time %', '在办 Open', '逾期 Overdue'];

export async function serviceReviewsChart(ctx: AppContext, period: string): Promise<TableSheet> {
  const s = await cockpitService(ctx, period);
  return {
    name: '政策审核时限',
    headers: SERVICE,
    rows: s.reviews.map((r) => [deptName(ctx, r.department), r.done, r.onTime, r.onTimeRate, r.open, r.overdue]),
  };
}

export async function serviceRequestsChart(ctx: AppContext, period: string): Promise<TableSheet> {
  const s = await cockpitService(ctx, period);
  return {
    name: '关键小事办理',
    headers: [...SERVICE, '重新打开 Reopened', '重开率% Reopen %'],
    rows: s.requests.map((r) => [deptName(ctx, r.department), r.done, r.onTime, r.onTimeRate, r.open, r.overdue, r.reopened, r.reopenRate]),
  };
}
